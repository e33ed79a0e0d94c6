import { useI18n } from "~/i18n/context";

/**
 * The move up, move down and remove buttons of one item of an ordered agenda (a meeting's, or a
 * committee's standing items). They submit `intent` = up | down | remove; the form around them names
 * the item.
 */
export function OrderButtons({ title, first, last }: { title: string; first: boolean; last: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <button type="submit" name="intent" value="up" className="button button--quiet" disabled={first} aria-label={t("agenda.moveUpLabel", { title })}>
        ↑
      </button>
      <button type="submit" name="intent" value="down" className="button button--quiet" disabled={last} aria-label={t("agenda.moveDownLabel", { title })}>
        ↓
      </button>
      <button type="submit" name="intent" value="remove" className="button button--quiet" aria-label={t("agenda.removeLabel", { title })}>
        {t("agenda.remove")}
      </button>
    </>
  );
}
