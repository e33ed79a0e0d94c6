import type { ReactNode } from "react";
import { FormAlert } from "./field";

/**
 * A page that is one short form under its title and introduction (sign-in, forgotten password, a
 * new password): the form's alert above it, or, when the server refused the whole request (too
 * many attempts), that refusal instead.
 */
export function NarrowFormPage({
  id,
  title,
  intro,
  alert,
  refusal,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  alert: Parameters<typeof FormAlert>[0];
  refusal?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="narrow" aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      <p className="lede">{intro}</p>
      {refusal ? (
        <div role="alert" className="form-alert">
          {refusal}
        </div>
      ) : (
        <FormAlert {...alert} />
      )}
      {children}
    </section>
  );
}
