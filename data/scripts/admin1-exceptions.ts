/**
 * Admin-1 units that hold DIRAC machines but have no population estimate, each with its reason. The check in
 * admin1-population.spec.ts fails on any such unit missing here (and on any listed unit that no longer needs it);
 * SOURCES.md prints the list. These units show "no data" for population, need and gap, never 0.
 */

export type Admin1PopulationGap = 'no-national-population' | 'smaller-than-cell';

export const ADMIN1_POPULATION_GAP_REASONS: Record<Admin1PopulationGap, string> = {
	'no-national-population':
		'the World Bank population file has no national total for this territory, so no unit share can be scaled',
	'smaller-than-cell':
		'the unit is smaller than a 0.5° GPWv4 cell (about 55 km), so no cell centre falls inside it, and the World Bank subnational file has no figure for it; its people are counted in the neighbouring unit holding the cell centre'
};

/** Unit code → reason, with the unit's country and name as a comment. */
export const ADMIN1_POPULATION_EXCEPTIONS: Record<string, Admin1PopulationGap> = {
	'FR-GP': 'no-national-population', // GLP Guadeloupe
	'FR-MQ': 'no-national-population', // MTQ Martinique
	'FR-RE': 'no-national-population', // REU Réunion
	'TW-CHA': 'no-national-population', // TWN Changhua
	'TW-CYQ': 'no-national-population', // TWN Chiayi
	'TW-HSQ': 'no-national-population', // TWN Hsinchu
	'TW-HUA': 'no-national-population', // TWN Hualien
	'TW-ILA': 'no-national-population', // TWN Yilan
	'TW-KHH': 'no-national-population', // TWN Kaohsiung
	'TW-MIA': 'no-national-population', // TWN Miaoli
	'TW-NAN': 'no-national-population', // TWN Nantou
	'TW-PIF': 'no-national-population', // TWN Pingtung
	'TW-TAO': 'no-national-population', // TWN Taoyuan
	'TW-TNN': 'no-national-population', // TWN Tainan
	'TW-TPE': 'no-national-population', // TWN Taipei
	'TW-TPQ': 'no-national-population', // TWN New Taipei
	'TW-TTT': 'no-national-population', // TWN Taitung
	'TW-TXG': 'no-national-population', // TWN Taichung City
	'TW-YUN': 'no-national-population', // TWN Yunlin
	'AR-C': 'smaller-than-cell', // ARG Buenos Aires
	'AU-ACT': 'smaller-than-cell', // AUS Australian Capital Territory
	'AT-9': 'smaller-than-cell', // AUT Vienna
	'BY-HM': 'smaller-than-cell', // BLR Minsk
	'BM-DEV': 'smaller-than-cell', // BMU Devonshire
	'BW-GA': 'smaller-than-cell', // BWA Gaborone
	'CH-AG': 'smaller-than-cell', // CHE Aargau
	'CH-BL': 'smaller-than-cell', // CHE Basel-Landschaft
	'CH-BS': 'smaller-than-cell', // CHE Basel-Stadt
	'CH-NE': 'smaller-than-cell', // CHE Neuchâtel
	'CH-SO': 'smaller-than-cell', // CHE Solothurn
	'CH-TG': 'smaller-than-cell', // CHE Thurgau
	'CY-01': 'smaller-than-cell', // CYP Nicosia
	'DE-BE': 'smaller-than-cell', // DEU Berlin
	'DE-HB': 'smaller-than-cell', // DEU Free Hanseatic Bremen
	'DE-HH': 'smaller-than-cell', // DEU Hamburg
	'FR-75': 'smaller-than-cell', // FRA Paris
	'FR-90': 'smaller-than-cell', // FRA Territoire de Belfort
	'FR-92': 'smaller-than-cell', // FRA Hauts-de-Seine
	'FR-93': 'smaller-than-cell', // FRA Seine-Saint-Denis
	'FR-94': 'smaller-than-cell', // FRA Val-de-Marne
	'FR-95': 'smaller-than-cell', // FRA Val-d'Oise
	'GB-ABE': 'smaller-than-cell', // GBR Aberdeen
	'GB-BAS': 'smaller-than-cell', // GBR Bath and North East Somerset
	'GB-BFS': 'smaller-than-cell', // GBR Belfast
	'GB-BIR': 'smaller-than-cell', // GBR Birmingham
	'GB-BST': 'smaller-than-cell', // GBR Bristol
	'GB-CMD': 'smaller-than-cell', // GBR Camden
	'GB-DEN': 'smaller-than-cell', // GBR Denbighshire
	'GB-DND': 'smaller-than-cell', // GBR Dundee
	'GB-DRY': 'smaller-than-cell', // GBR Derry
	'GB-EDH': 'smaller-than-cell', // GBR Edinburgh
	'GB-ENF': 'smaller-than-cell', // GBR Enfield
	'GB-GLG': 'smaller-than-cell', // GBR Glasgow
	'GB-HAV': 'smaller-than-cell', // GBR Havering
	'GB-LDS': 'smaller-than-cell', // GBR Leeds
	'GB-MDB': 'smaller-than-cell', // GBR Middlesbrough
	'GB-NET': 'smaller-than-cell', // GBR Newcastle upon Tyne
	'GB-PTE': 'smaller-than-cell', // GBR Peterborough
	'GB-RCT': 'smaller-than-cell', // GBR Rhondda Cynon Taf
	'GB-RIC': 'smaller-than-cell', // GBR Richmond upon Thames
	'GB-SGC': 'smaller-than-cell', // GBR South Gloucestershire
	'GB-SHF': 'smaller-than-cell', // GBR Sheffield
	'GB-SKP': 'smaller-than-cell', // GBR Stockport
	'GB-STN': 'smaller-than-cell', // GBR Sutton
	'GB-SWA': 'smaller-than-cell', // GBR Swansea
	'GB-SWK': 'smaller-than-cell', // GBR Southwark
	'GB-TWH': 'smaller-than-cell', // GBR Tower Hamlets
	'GB-WOK': 'smaller-than-cell', // GBR Wokingham
	'GB-WRL': 'smaller-than-cell', // GBR Halton
	'GB-WSM': 'smaller-than-cell', // GBR Westminster
	'HKG-5153': 'smaller-than-cell', // HKG Central and Western District
	'HKG-5154': 'smaller-than-cell', // HKG Wan Chai
	'HKG-5157': 'smaller-than-cell', // HKG Yau Tsim Mong
	'HKG-5158': 'smaller-than-cell', // HKG Kowloon City
	'HKG-5162': 'smaller-than-cell', // HKG Sai Kung
	'HKG-5163': 'smaller-than-cell', // HKG Sha Tin
	'HKG-5164': 'smaller-than-cell', // HKG Kwai Tsing
	'HKG-5166': 'smaller-than-cell', // HKG Tuen Mun
	'HU-DE': 'smaller-than-cell', // HUN Debrecen
	'HU-KM': 'smaller-than-cell', // HUN Kecskemét
	'HU-KV': 'smaller-than-cell', // HUN Kaposvár
	'HU-MI': 'smaller-than-cell', // HUN Miskolc
	'HU-NY': 'smaller-than-cell', // HUN Nyíregyháza
	'HU-PS': 'smaller-than-cell', // HUN Pécs
	'HU-VM': 'smaller-than-cell', // HUN Veszprém
	'IE-LK': 'smaller-than-cell', // IRL Limerick
	'IL-JM': 'smaller-than-cell', // ISR Jerusalem
	'IL-TA': 'smaller-than-cell', // ISR Tel Aviv
	'IT-BI': 'smaller-than-cell', // ITA Biella
	'IT-FC': 'smaller-than-cell', // ITA Forlì-Cesena
	'IT-LC': 'smaller-than-cell', // ITA Lecco
	'IT-LO': 'smaller-than-cell', // ITA Lodi
	'IT-MB': 'smaller-than-cell', // ITA Monza and Brianza
	'IT-MI': 'smaller-than-cell', // ITA Milan
	'IT-MS': 'smaller-than-cell', // ITA Massa-Carrara
	'IT-NO': 'smaller-than-cell', // ITA Novara
	'IT-PO': 'smaller-than-cell', // ITA Prato
	'IT-PT': 'smaller-than-cell', // ITA Pistoia
	'IT-RO': 'smaller-than-cell', // ITA Rovigo
	'IT-TS': 'smaller-than-cell', // ITA Trieste
	'JM-02': 'smaller-than-cell', // JAM Saint Andrew
	'JP-11': 'smaller-than-cell', // JPN Saitama Prefecture
	'JP-27': 'smaller-than-cell', // JPN Ōsaka Prefecture
	'KW-KU': 'smaller-than-cell', // KWT Capital
	'LK-81': 'smaller-than-cell', // LKA Badulla
	'LU-L': 'smaller-than-cell', // LUX Luxembourg
	'LV-091': 'smaller-than-cell', // LVA Sigulda
	'MO-M': 'smaller-than-cell', // MAC Macau
	'MA-08': 'smaller-than-cell', // MAR Grand Casablanca
	'MCO+00?': 'smaller-than-cell', // MCO Monaco
	'MK-09': 'smaller-than-cell', // MKD Butel
	'MK-38': 'smaller-than-cell', // MKD Karpoš
	'MT-49': 'smaller-than-cell', // MLT San Ġwann
	'MU-VP': 'smaller-than-cell', // MUS Vacoas-Phoenix
	'MW-BL': 'smaller-than-cell', // MWI Blantyre
	'NL-UT': 'smaller-than-cell', // NLD Utrecht
	'NO-03': 'smaller-than-cell', // NOR Oslo
	'PK-IS': 'smaller-than-cell', // PAK Islamabad Capital Territory
	'PH-MNL': 'smaller-than-cell', // PHL Las Pinas
	'PH-TAR': 'smaller-than-cell', // PHL Tarlac
	'KP-01': 'smaller-than-cell', // PRK Pyongyang
	'PY-11': 'smaller-than-cell', // PRY Central
	'PY-ASU': 'smaller-than-cell', // PRY Asunción
	'QA-DA': 'smaller-than-cell', // QAT Doha
	'SG-01': 'smaller-than-cell', // SGP Central Singapore Community Development Council
	'SG-03': 'smaller-than-cell', // SGP North West
	'SR-PM': 'smaller-than-cell', // SUR Paramaribo
	'SI-061': 'smaller-than-cell', // SVN Ljubljana
	'SI-070': 'smaller-than-cell', // SVN Maribor
	'UG-102': 'smaller-than-cell', // UGA Kampala
	'UA-30': 'smaller-than-cell', // UKR Kyiv
	'US-DC': 'smaller-than-cell', // USA Washington
	'YE-SA': 'smaller-than-cell' // YEM Sanaa
};
