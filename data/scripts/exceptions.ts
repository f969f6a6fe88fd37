/**
 * DIRAC facilities whose coordinates fall outside their own country's admin-1 polygons (and more than 50 km from them).
 * They keep their raw coordinates, get no admin-1 unit, and are left out of the distance-based access figures.
 * Facilities within 50 km of their country's polygons (coasts and borders simplified away) are assigned to the
 * nearest unit instead, and listed in SOURCES.md.
 */
export const DIRAC_LOCATION_EXCEPTIONS: Record<string, string> = {
	'BRB-fec73de8': 'St. Michael (Barbados) facility geocoded in Birmingham, United Kingdom',
	'CHN-075270be': 'Hengyang facility geocoded in Taiwan',
	'CHN-13752979': 'Shenyang facility geocoded in Taiwan',
	'CHN-38f6ffd8': 'Shenyang facility geocoded in Taiwan',
	'CHN-799e0d72': 'Enshi facility geocoded in Haryana, India',
	'CHN-91d39353': 'Jiande facility geocoded in Taiwan',
	'EST-50b4a6e7': 'Tallinn facility geocoded in New Jersey, USA',
	'IND-6a5d3598': 'Shillong facility geocoded in Karachi, Pakistan',
	'IRN-747f8152': 'Mashad facility geocoded in the Persian Gulf near Bahrain',
	'JAM-64c68346': 'Kingston facility geocoded in Phoenix, Arizona, USA',
	'JPN-82972ca8': 'listed under Japan with the Italian city Mazara del Vallo; coordinates in northern Italy',
	'USA-aee7aca6':
		'Mayagüez, Puerto Rico: DIRAC lists it under the USA, ISO 3166 lists Puerto Rico (PRI) apart',
	'USA-b957e9cf': 'Ottawa facility geocoded in Ottawa, Canada'
};
