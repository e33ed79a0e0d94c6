// The recorded vote of 30 July 2021 at BMS7 on retaining paragraph 92 of the draft outcome document
// (A/CONF.192/BMS/2021/1, para. 23): 100 in favour, 1 against, 10 abstentions. Names as in the UN record.
export const BMS7_PARA_92 = {
  for: [
    "South Africa", "Albania", "Algeria", "Germany", "Angola", "Saudi Arabia", "Argentina", "Australia", "Austria",
    "Bahrain", "Bangladesh", "Barbados", "Belgium", "Bolivia (Plurinational State of)", "Brazil", "Brunei Darussalam",
    "Bulgaria", "Burundi", "Canada", "Chile", "China", "Cyprus", "Colombia", "Costa Rica", "Côte d'Ivoire", "Croatia",
    "Egypt", "United Arab Emirates", "Ecuador", "Estonia", "Fiji", "Finland", "France", "Ghana", "Greece", "Grenada",
    "Guatemala", "Guinea-Bissau", "Haiti", "Honduras", "Hungary", "India", "Indonesia", "Iraq", "Ireland", "Israel",
    "Italy", "Jamaica", "Japan", "Jordan", "Kenya", "Kuwait", "Latvia", "Lebanon", "Libya", "Liechtenstein",
    "Lithuania", "Luxembourg", "Malaysia", "Mali", "Malta", "Morocco", "Mauritania", "Mexico", "Monaco", "Namibia",
    "Nigeria", "Uganda", "Pakistan", "Panama", "Paraguay", "Netherlands", "Peru", "Philippines", "Poland", "Portugal",
    "Qatar", "Republic of Korea", "Democratic Republic of the Congo", "Dominican Republic", "Romania", "Serbia",
    "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Sri Lanka", "Switzerland", "Czechia", "Thailand",
    "Timor-Leste", "Togo", "Trinidad and Tobago", "Tunisia", "Turkey", "United Kingdom", "United States", "Uruguay",
    "Viet Nam", "Yemen",
  ],
  against: ["Iran (Islamic Republic of)"],
  abstain: [
    "Belarus", "Cambodia", "Congo", "Cuba", "Madagascar", "Nepal", "Nicaragua", "Russian Federation",
    "Syrian Arab Republic", "Venezuela (Bolivarian Republic of)",
  ],
} as const;
