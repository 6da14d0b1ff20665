import { KNOWN_PARTIES } from './parties.js';

export type { KnownOrganization } from './known-organization.js';
import type { KnownOrganization } from './known-organization.js';

// International organizations named in news, with their usual abbreviations; Wikidata ids only where
// checked (an unverified id is worse than none).
const INTERNATIONAL: KnownOrganization[] = [
  ['un', 'United Nations', ['UN', 'U.N.', 'United Nations'], 'Q1065'],
  ['unsc', 'United Nations Security Council', ['UN Security Council', 'U.N. Security Council', 'Security Council', 'United Nations Security Council'], 'Q37470'],
  ['eu', 'European Union', ['EU', 'E.U.', 'European Union'], 'Q458'],
  ['ec', 'European Community', ['EC', 'European Community', 'European Economic Community', 'EEC', 'Common Market']],
  ['european-commission', 'European Commission', ['European Commission', 'EU Commission', 'Brussels Commission'], 'Q8880'],
  ['european-parliament', 'European Parliament', ['European Parliament'], 'Q8889'],
  ['ecb', 'European Central Bank', ['ECB', 'European Central Bank'], 'Q8901'],
  ['nato', 'NATO', ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Atlantic Alliance'], 'Q7184'],
  ['osce', 'OSCE', ['OSCE', 'Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], 'Q81299'],
  ['wto', 'World Trade Organization', ['WTO', 'World Trade Organization', 'World Trade Organisation'], 'Q7825'],
  ['gatt', 'GATT', ['GATT', 'General Agreement on Tariffs and Trade']],
  ['iaea', 'IAEA', ['IAEA', 'International Atomic Energy Agency'], 'Q826700'],
  ['opec', 'OPEC', ['OPEC', 'Organization of the Petroleum Exporting Countries', 'Organization of Petroleum Exporting Countries'], 'Q7795'],
  ['imf', 'International Monetary Fund', ['IMF', 'International Monetary Fund'], 'Q7804'],
  ['world-bank', 'World Bank', ['World Bank'], 'Q7164'],
  ['who', 'World Health Organization', ['WHO', 'World Health Organization', 'World Health Organisation'], 'Q7817'],
  ['unesco', 'UNESCO', ['UNESCO', 'Unesco'], 'Q7809'],
  ['unicef', 'UNICEF', ['UNICEF', 'Unicef'], 'Q740308'],
  ['unhcr', 'UNHCR', ['UNHCR', 'UN refugee agency', 'U.N. refugee agency']],
  ['oecd', 'OECD', ['OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'], 'Q41550'],
  ['african-union', 'African Union', ['African Union', 'AU'], 'Q7159'],
  ['asean', 'ASEAN', ['ASEAN', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations'], 'Q7768'],
  ['arab-league', 'Arab League', ['Arab League', 'League of Arab States'], 'Q7172'],
  ['council-of-europe', 'Council of Europe', ['Council of Europe'], 'Q8908'],
  ['icc', 'International Criminal Court', ['International Criminal Court', 'ICC'], 'Q47488'],
  ['icj', 'International Court of Justice', ['International Court of Justice', 'ICJ', 'World Court']],
  ['icrc', 'International Committee of the Red Cross', ['International Committee of the Red Cross', 'ICRC', 'Red Cross'], 'Q71067'],
  ['interpol', 'Interpol', ['Interpol', 'INTERPOL'], 'Q8475'],
  ['cis', 'Commonwealth of Independent States', ['Commonwealth of Independent States', 'CIS'], 'Q7779'],
  ['g7', 'G7', ['G7', 'G-7', 'Group of Seven']],
  ['g20', 'G20', ['G20', 'G-20', 'Group of 20', 'Group of Twenty']],
  ['comecon', 'Comecon', ['Comecon', 'COMECON', 'Council for Mutual Economic Assistance']],
  ['efta', 'EFTA', ['EFTA', 'European Free Trade Association']],
  ['paris-club', 'Paris Club', ['Paris Club']],
  ['ico', 'International Coffee Organization', ['International Coffee Organization', 'International Coffee Organisation', 'ICO']],
  ['iea', 'International Energy Agency', ['International Energy Agency', 'IEA']],
  ['sco', 'Shanghai Cooperation Organisation', ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO']],
  ['brics', 'BRICS', ['BRICS']],
  ['csto', 'Collective Security Treaty Organization', ['Collective Security Treaty Organization', 'CSTO']],
  ['eaeu', 'Eurasian Economic Union', ['Eurasian Economic Union', 'EAEU', 'EEU']],
].map(([key, name, forms, wikidata]) => ({
  key: key as string,
  name: name as string,
  kind: 'international organization' as const,
  forms: forms as string[],
  wikidata: wikidata as string,
}));

// Armed and political movements that news names often: groups, not intergovernmental bodies.
const GROUPS: KnownOrganization[] = [
  ['hamas', 'Hamas', ['Hamas']],
  ['hezbollah', 'Hezbollah', ['Hezbollah', 'Hizbollah']],
  ['plo', 'Palestine Liberation Organization', ['Palestine Liberation Organization', 'PLO']],
  ['taliban', 'Taliban', ['Taliban']],
  ['houthis', 'Houthis', ['Houthis', 'Houthi']],
].map(([key, name, forms]) => ({ key: key as string, name: name as string, kind: 'group' as const, forms: forms as string[] }));

// News agencies, so a wire signature or "X reported" is typed as the outlet it is.
const AGENCIES: KnownOrganization[] = [
  ['tass', 'TASS', ['TASS', 'Tass', 'ITAR-TASS']],
  ['ria-novosti', 'RIA Novosti', ['RIA Novosti', 'RIA']],
  ['interfax', 'Interfax', ['Interfax']],
  ['reuters', 'Reuters', ['Reuters']],
  ['ap', 'Associated Press', ['Associated Press', 'AP']],
  ['afp', 'Agence France-Presse', ['Agence France-Presse', 'Agence France Presse', 'AFP']],
  ['xinhua', 'Xinhua', ['Xinhua', 'New China News Agency']],
  ['kyodo', 'Kyodo', ['Kyodo', 'Kyodo News']],
  ['yonhap', 'Yonhap', ['Yonhap']],
  ['ansa', 'ANSA', ['ANSA']],
  ['efe', 'EFE', ['EFE']],
  ['dpa', 'dpa', ['dpa', 'DPA', 'Deutsche Presse-Agentur']],
  ['irna', 'IRNA', ['IRNA', 'Islamic Republic News Agency']],
  ['anadolu', 'Anadolu Agency', ['Anadolu', 'Anadolu Agency']],
  ['pti', 'Press Trust of India', ['Press Trust of India', 'PTI']],
  ['kcna', 'KCNA', ['KCNA', 'Korean Central News Agency']],
  ['mena', 'MENA', ['MENA', 'Middle East News Agency']],
  ['bernama', 'Bernama', ['Bernama']],
  ['ukrinform', 'Ukrinform', ['Ukrinform']],
  ['unian', 'UNIAN', ['UNIAN']],
  ['sputnik', 'Sputnik', ['Sputnik']],
  ['bloomberg', 'Bloomberg', ['Bloomberg']],
  ['upi', 'United Press International', ['United Press International', 'UPI']],
].map(([key, name, forms]) => ({ key: key as string, name: name as string, kind: 'news agency' as const, forms: forms as string[] }));

// Government bodies that news names without their country.
const GOVERNMENT: KnownOrganization[] = [
  ['us-state-department', 'State Department', ['State Department', 'Department of State', 'U.S. State Department', 'US State Department'], 'USA'],
  ['pentagon', 'Pentagon', ['Pentagon', 'Department of Defense', 'Defense Department'], 'USA'],
  ['us-treasury', 'U.S. Treasury', ['U.S. Treasury', 'US Treasury', 'Treasury Department'], 'USA'],
  ['federal-reserve', 'Federal Reserve', ['Federal Reserve', 'Fed', 'Federal Reserve Board'], 'USA'],
  ['cia', 'CIA', ['CIA', 'Central Intelligence Agency'], 'USA'],
  ['fbi', 'FBI', ['FBI', 'Federal Bureau of Investigation'], 'USA'],
  ['us-congress', 'U.S. Congress', ['Congress', 'U.S. Congress', 'US Congress'], 'USA'],
  ['us-senate', 'U.S. Senate', ['Senate', 'U.S. Senate', 'US Senate'], 'USA'],
  ['ustr', 'Office of the U.S. Trade Representative', ['Office of the U.S. Trade Representative', 'USTR'], 'USA'],
  ['commerce-department', 'Commerce Department', ['Commerce Department', 'Department of Commerce'], 'USA'],
  ['agriculture-department', 'Agriculture Department', ['Agriculture Department', 'Department of Agriculture', 'USDA'], 'USA'],
  ['uk-foreign-office', 'Foreign Office', ['Foreign Office', 'Foreign and Commonwealth Office'], 'GBR'],
  ['miti', 'Ministry of International Trade and Industry', ['MITI', 'Ministry of International Trade and Industry'], 'JPN'],
  ['bundesbank', 'Bundesbank', ['Bundesbank'], 'DEU'],
  ['bank-of-japan', 'Bank of Japan', ['Bank of Japan'], 'JPN'],
  ['bank-of-england', 'Bank of England', ['Bank of England'], 'GBR'],
  // Chambers of parliament named alone: "the Lords rejected the bill" is the institution, never a person.
  ['uk-house-of-commons', 'House of Commons', ['House of Commons', 'Commons'], 'GBR'],
  ['uk-house-of-lords', 'House of Lords', ['House of Lords', 'Lords'], 'GBR'],
  ['de-bundestag', 'Bundestag', ['Bundestag'], 'DEU'],
  ['ru-state-duma', 'State Duma', ['State Duma', 'Duma'], 'RUS'],
  ['il-knesset', 'Knesset', ['Knesset'], 'ISR'],
].map(([key, name, forms, state]) => ({ key: key as string, name: name as string, kind: 'government agency' as const, forms: forms as string[], state: state as string }));

const KNOWN = [...INTERNATIONAL, ...GROUPS, ...AGENCIES, ...GOVERNMENT, ...KNOWN_PARTIES];
const byForm = new Map<string, KnownOrganization>();
for (const org of KNOWN) for (const f of org.forms) if (!byForm.has(f)) byForm.set(f, org);

/** The well-known organization a surface form names ("U.N.", "OPEC", "State Department"), if any. */
export function knownOrganization(surface: string): KnownOrganization | undefined {
  return byForm.get(surface.replace(/^the /i, '')) ?? byForm.get(surface.replace(/^the /i, '').replace(/^(US|U\.S\.) /, ''));
}

/** Every surface form, for scanning text. */
export function knownOrganizationForms(): string[] {
  return [...byForm.keys()];
}
