import type { calendarEn } from "./calendar.en";

export const calendarFr: Record<keyof typeof calendarEn, string> = {
  "calendar.error.time": "Saisissez une heure au format HH:MM (sur 24 heures).",
  "calendar.error.timeZone": "Choisissez un fuseau horaire dans la liste (un nom IANA comme Europe/Vienna).",
  "calendar.error.number": "Saisissez un nombre entier dans les limites permises.",
  "calendar.error.endBeforeStart": "La fin doit venir après le début.",
  "calendar.error.rrule": "Cette règle de récurrence est illisible. Écrivez-la sous la forme FREQ=WEEKLY;BYDAY=WE (RFC 5545).",
  "calendar.error.seriesTooLong": "Une série compte au plus 104 réunions. Terminez-la plus tôt.",
  "calendar.error.noOccurrence": "Cette règle ne donne aucune réunion. Vérifiez la première date et la règle.",

  "feed.title": "Abonnements d’agenda",
  "feed.intro": "Abonnez votre agenda (Outlook, Thunderbird ou tout agenda lisant l’iCalendar) à vos réunions ou à celles d’un comité. Un abonnement ne montre que ce que vous êtes autorisé·e à voir, et cesse de fonctionner dès que vous le révoquez.",
  "feed.created": "Votre abonnement est prêt. Copiez dès maintenant cette adresse dans votre agenda : elle n’est affichée qu’une fois.",
  "feed.yours": "Vos abonnements",
  "feed.none": "Vous n’avez aucun abonnement d’agenda.",
  "feed.scope.person": "Mes réunions",
  "feed.scope.committee": "Les réunions d’un comité",
  "feed.scope.reporting": "Échéances et étapes des rapports",
  "feed.createdOn": "créé le {date}",
  "feed.revokedOn": "révoqué le {date}",
  "feed.revoke": "Révoquer",
  "feed.revoked": "Abonnement révoqué. Les agendas qui utilisent son adresse ne recevront plus de réunions.",
  "feed.new": "Nouvel abonnement",
  "feed.field.scope": "Réunions à inclure",
  "feed.field.committeeHint": "Pour l’abonnement à un comité.",
  "feed.field.label": "Nom dans votre agenda",
  "feed.create": "Créer l’abonnement",
};
