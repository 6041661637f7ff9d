"""Real-looking towns, neighbourhoods, postcode areas and streets for demo data."""

from __future__ import annotations

# town -> (municipality, {neighbourhood: (postcode area, [streets])})
PLACES: dict[str, tuple[str, dict[str, tuple[str, list[str]]]]] = {
    "Zwolle": (
        "Zwolle",
        {
            "Assendorp": ("8011", ["Assendorperstraat", "Van Karnebeekstraat", "Rozenstraat",
                                   "Ruiterstraat", "Bachlaan", "Dobbe"]),
            "Diezerpoort": ("8021", ["Hortensiastraat", "Vechtstraat", "Koestraat",
                                     "Pannekoekendijk", "Trompstraat"]),
            "Holtenbroek": ("8025", ["Lassuslaan", "Rembrandtlaan", "Tesselschadelaan",
                                     "Roelantstraat", "Dijkstraat"]),
            "Stadshagen": ("8043", ["Werkeren", "Frankhuizerallee", "Milligerplas",
                                    "Zalnéstraat", "Breecamp"]),
            "Aa-landen": ("8017", ["Aa-straat", "Bisschopswetering", "Drostenkamp",
                                   "Ganzenpoort", "Schellerbroekstraat"]),
        },
    ),
    "Deventer": (
        "Deventer",
        {
            "Rivierenwijk": ("7412", ["Rijnstraat", "Ganzepoort", "Maasstraat",
                                      "Amstelstraat", "Lekstraat"]),
            "Voorstad": ("7411", ["Rembrandtkade", "Singel", "Brinkgreverweg",
                                  "Snipperlingsdijk", "Ceintuurbaan"]),
            "Keizerslanden": ("7414", ["Pioenroosstraat", "Amarilstraat", "Hyacintstraat",
                                       "Dahliastraat", "Keizer Karelstraat"]),
            "Colmschate": ("7421", ["Oerkampweg", "Holterweg", "Schalkhaarseweg",
                                    "Groenewoudstraat", "Zandweerd"]),
        },
    ),
    "Kampen": (
        "Kampen",
        {
            "Brunnepe": ("8264", ["Christinastraat", "Noordweg", "Ebbingestraat",
                                  "Oranjestraat", "Wilhelminalaan"]),
            "Hanzewijk": ("8266", ["Gildestraat", "Koggestraat", "Hanzelaan",
                                   "Venestraat", "Kruisstraat"]),
            "Onderdijks": ("8263", ["IJsseldijk", "Cellebroedersweg", "Zwartendijk",
                                    "Boven Nieuwstraat", "Buitennieuwstraat"]),
        },
    ),
    "Apeldoorn": (
        "Apeldoorn",
        {
            "De Maten": ("7329", ["Ravenweg", "Kieviet", "Kwartel", "Zilvermeeuw",
                                  "Sparrenhof"]),
            "Zevenhuizen": ("7325", ["Arnhemseweg", "Zevenhuizenseweg", "Ordermolenweg",
                                     "Veenhuizerweg", "Hoenderparkweg"]),
            "Kerschoten": ("7322", ["Kerschoterweg", "Jachtlaan", "Zwolseweg",
                                    "Sprengenweg", "Loolaan"]),
        },
    ),
}
