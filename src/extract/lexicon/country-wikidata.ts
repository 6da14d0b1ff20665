// Wikidata item ids of sovereign states, keyed by ISO 3166-1 alpha-3. Only ids checked against
// Wikidata are listed; a state missing here simply has no wikidata id in the graph.
const QIDS: Record<string, string> = {
  USA: 'Q30', GBR: 'Q145', FRA: 'Q142', DEU: 'Q183', ITA: 'Q38', ESP: 'Q29', PRT: 'Q45', NLD: 'Q55',
  BEL: 'Q31', LUX: 'Q32', CHE: 'Q39', AUT: 'Q40', IRL: 'Q27', DNK: 'Q35', NOR: 'Q20', SWE: 'Q34',
  FIN: 'Q33', ISL: 'Q189', POL: 'Q36', CZE: 'Q213', SVK: 'Q214', HUN: 'Q28', ROU: 'Q218', BGR: 'Q219',
  GRC: 'Q41', CYP: 'Q229', MLT: 'Q233', EST: 'Q191', LVA: 'Q211', LTU: 'Q37', BLR: 'Q184', UKR: 'Q212',
  MDA: 'Q217', RUS: 'Q159', GEO: 'Q230', ARM: 'Q399', AZE: 'Q227', KAZ: 'Q232', UZB: 'Q265', TKM: 'Q874',
  KGZ: 'Q813', TJK: 'Q863', SRB: 'Q403', HRV: 'Q224', SVN: 'Q215', BIH: 'Q225', MNE: 'Q236', ALB: 'Q222',
  MKD: 'Q221', TUR: 'Q43', ISR: 'Q801', LBN: 'Q822', SYR: 'Q858', JOR: 'Q810', IRQ: 'Q796', IRN: 'Q794',
  SAU: 'Q851', KWT: 'Q817', QAT: 'Q846', ARE: 'Q878', OMN: 'Q842', YEM: 'Q805', BHR: 'Q398', EGY: 'Q79',
  LBY: 'Q1016', TUN: 'Q948', DZA: 'Q262', MAR: 'Q1028', SDN: 'Q1049', ETH: 'Q115', KEN: 'Q114', NGA: 'Q1033',
  ZAF: 'Q258', UGA: 'Q1036', TZA: 'Q924', GHA: 'Q117', SEN: 'Q1041', MLI: 'Q912', NER: 'Q1032', TCD: 'Q657',
  SOM: 'Q1045', RWA: 'Q1037', COD: 'Q974', AGO: 'Q916', ZMB: 'Q953', ZWE: 'Q954', MOZ: 'Q1029', MDG: 'Q1019',
  CHN: 'Q148', JPN: 'Q17', KOR: 'Q884', PRK: 'Q423', MNG: 'Q711', IND: 'Q668', PAK: 'Q843', AFG: 'Q889',
  BGD: 'Q902', LKA: 'Q854', NPL: 'Q837', IDN: 'Q252', MYS: 'Q833', SGP: 'Q334', THA: 'Q869', VNM: 'Q881',
  PHL: 'Q928', MMR: 'Q836', KHM: 'Q424', LAO: 'Q819', AUS: 'Q408', NZL: 'Q664', CAN: 'Q16', MEX: 'Q96',
  CUB: 'Q241', BRA: 'Q155', ARG: 'Q414', CHL: 'Q298', COL: 'Q739', PER: 'Q419', VEN: 'Q717', ECU: 'Q736',
  BOL: 'Q750', PRY: 'Q733', URY: 'Q77', PAN: 'Q804', CRI: 'Q800', NIC: 'Q811', HND: 'Q783', SLV: 'Q792',
  GTM: 'Q774', HTI: 'Q790', DOM: 'Q786', JAM: 'Q766', VAT: 'Q237', TWN: 'Q865',
};

/** The Wikidata id of a state, by its ISO 3166-1 alpha-3 code, if known. */
export function wikidataOfCountry(iso3: string): string | undefined {
  return QIDS[iso3];
}
