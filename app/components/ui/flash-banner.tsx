import { useI18n } from "~/i18n/context";
import type { FlashMessage } from "~/session.server";

export function FlashBanner({ flash }: { flash: FlashMessage }) {
  const { tr } = useI18n();
  return (
    <div role={flash.kind === "error" ? "alert" : "status"} className={`flash flash--${flash.kind}`}>
      {tr(flash.key)}
    </div>
  );
}
