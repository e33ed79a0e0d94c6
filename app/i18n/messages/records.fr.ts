import type { recordsEn } from "./records.en";

export const recordsFr: Record<keyof typeof recordsEn, string> = {
  "error.version": "Il manque à ce formulaire la version de la fiche. Rechargez la page et réessayez.",
  "stale.title": "Quelqu’un d’autre a enregistré cette fiche pendant que vous la modifiiez. Rien de vos modifications n’a été enregistré.",
  "stale.byWhom": "Dernière modification par {name}, le {when}.",
  "stale.bySomeone": "Elle a été modifiée après l’ouverture de ce formulaire.",
  "stale.someone": "un autre utilisateur",
  "stale.caption": "Ce qui a changé entre-temps",
  "stale.field": "Champ",
  "stale.was": "À l’ouverture du formulaire",
  "stale.now": "Maintenant",
  "stale.empty": "(vide)",
  "stale.yes": "Oui",
  "stale.no": "Non",
  "stale.otherFields": "{count, plural, one {# autre champ, absent de ce formulaire, a aussi changé.} other {# autres champs, absents de ce formulaire, ont aussi changé.}}",
  "stale.keep": "Vos modifications sont toujours dans le formulaire ci-dessous. Comparez-les aux nouvelles valeurs, puis enregistrez à nouveau pour garder les vôtres.",
  "stale.agendaOrder": "Place dans l’ordre du jour",
};
