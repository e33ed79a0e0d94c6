import type { inputEn } from "./input.en";

export const inputFr: Record<keyof typeof inputEn, string> = {
  "rule.error.syntax": "Cette règle de récurrence est illisible. Écrivez-la sous la forme FREQ=WEEKLY;BYDAY=WE (RFC 5545).",
  "rule.error.part": "La règle contient une partie inconnue ou répétée. Employez chacune de FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYSETPOS, BYHOUR, BYMINUTE, BYSECOND et WKST une fois au plus.",
  "rule.error.freq": "Commencez la règle par FREQ=DAILY, WEEKLY, MONTHLY ou YEARLY.",
  "rule.error.interval": "INTERVAL doit être un nombre entier de 1 à 99.",
  "rule.error.count": "COUNT doit être un nombre entier de 1 à 520.",
  "rule.error.countAndUntil": "Indiquez COUNT ou UNTIL, pas les deux.",
  "rule.error.until": "UNTIL doit être une date réelle (AAAAMMJJ ou AAAAMMJJTHHMMSSZ) dans les dix prochaines années.",
  "rule.error.bysecond": "BYSECOND prend des secondes de 0 à 60.",
  "rule.error.byminute": "BYMINUTE prend des minutes de 0 à 59.",
  "rule.error.byhour": "BYHOUR prend des heures de 0 à 23.",
  "rule.error.byday": "BYDAY prend les jours MO, TU, WE, TH, FR, SA, SU ; un rang (2TH, -1FR) seulement dans une règle mensuelle (1 à 5) ou annuelle.",
  "rule.error.bymonthday": "BYMONTHDAY prend des jours du mois de 1 à 31 (ou de -1 à -31 depuis la fin), et pas dans une règle hebdomadaire.",
  "rule.error.byyearday": "BYYEARDAY prend des jours de l’année de 1 à 366 (ou de -1 à -366), seulement dans une règle annuelle.",
  "rule.error.byweekno": "BYWEEKNO prend des semaines de 1 à 53 (ou de -1 à -53), seulement dans une règle annuelle.",
  "rule.error.bymonth": "BYMONTH prend des mois de 1 à 12.",
  "rule.error.bysetpos": "BYSETPOS prend des rangs de 1 à 366 (ou de -1 à -366), à côté d’une autre partie BY.",
  "rule.error.wkst": "WKST doit être un jour : MO, TU, WE, TH, FR, SA ou SU.",
  "rule.error.never": "Cette règle ne donne aucune date dans les dix ans qui suivent son début. Vérifiez la règle et la première date.",
};
