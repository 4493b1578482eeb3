"""The built-in country list: display names, other names, and ``country_of``."""

from __future__ import annotations

from quizzes.generation.distractors.common import _key

# One country a line: the display name first, then other names and short forms.
_COUNTRY_LINES = """
Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda
Argentina
Armenia
Australia
Austria
Azerbaijan
the Bahamas
Bahrain
Bangladesh
Barbados
Belarus|Byelorussia
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia
Botswana
Brazil
Brunei|Brunei Darussalam
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde|Cabo Verde
the Central African Republic
Chad
Chile
China|People's Republic of China|PRC
Colombia
the Comoros
the Republic of the Congo|Congo|Congo-Brazzaville
the Democratic Republic of the Congo|DRC|DR Congo|Congo-Kinshasa|Zaire
Costa Rica
Côte d'Ivoire|Cote d'Ivoire|Ivory Coast
Croatia
Cuba
Cyprus
the Czech Republic|Czechia
Denmark
Djibouti
Dominica
the Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
the Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran|Islamic Republic of Iran
Iraq
Ireland
Israel
Italy
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos|Lao PDR|Lao People's Democratic Republic
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
the Maldives
Mali
Malta
the Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia|Federated States of Micronesia
Moldova|Republic of Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nauru
Nepal
the Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea|DPRK|Democratic People's Republic of Korea
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palau
Palestine
Panama
Papua New Guinea
Paraguay
Peru
the Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saint Kitts and Nevis
Saint Lucia
Saint Vincent and the Grenadines
Samoa
San Marino
São Tomé and Príncipe|Sao Tome and Principe
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
the Solomon Islands
Somalia
South Africa
South Korea|Republic of Korea|ROK|Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria|Syrian Arab Republic
Taiwan
Tajikistan
Tanzania|United Republic of Tanzania
Thailand
Timor-Leste|East Timor
Togo
Tonga
Trinidad and Tobago
Tunisia
Turkey|Türkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
the United Arab Emirates|UAE
the United Kingdom|UK|Britain|Great Britain
the United States|US|USA|America|United States of America
Uruguay
Uzbekistan
Vanuatu
Vatican City|Holy See
Venezuela
Vietnam|Viet Nam
Yemen
Zambia
Zimbabwe
"""

COUNTRY_NAMES: tuple[str, ...] = tuple(
    line.split("|")[0] for line in _COUNTRY_LINES.strip().splitlines()
)


_COUNTRY_BY_KEY: dict[str, str] = {
    _key(name): line.split("|")[0]
    for line in _COUNTRY_LINES.strip().splitlines()
    for name in line.split("|")
}


def country_of(text: str) -> str | None:
    """The built-in display name of the country ``text`` names, or None."""
    return _COUNTRY_BY_KEY.get(_key(text))
