"""Write resources/data/first-names.txt: given names the identification checks (C1.1) know.

The base is the 1990 US Census list of given names (public domain; shipped by the ``names``
package, MIT licence), which holds most names common in the UK too; a short hand-kept list adds
British, Irish, Welsh, Scottish, South Asian, African and Eastern European names it lacks. The
checks read the file; ``names`` is not needed at run time. A given name that is also an
everyday word ("Hope", "Will") is only taken as a name by its context (see ``people.py``).

    python scripts/extract_first_names.py
"""

from __future__ import annotations

from pathlib import Path

import names

OUT = Path(__file__).resolve().parents[1] / "resources" / "data" / "first-names.txt"
SOURCES = ("dist.female.first", "dist.male.first")
SUPPLEMENT = """
Aaliyah Aarav Abdullahi Abdirahman Adaeze Adeola Aditi Aled Alfie Amelia Amira Amrit Aneurin
Aoife Archie Arjun Ayesha Bethan Blessing Bogdan Bronwen Caitlin Callum Cerys Chantelle
Chidi Chinedu Ciaran Ciara Connor Dafydd Declan Deividas Dewi Dominika Eilidh Eleri Emeka
Emre Eoin Euan Evie Fatima Ffion Fionn Freya Gethin Gwen Gwenllian Gwilym Hamish Harvey Harpreet
Hussein Ifan Iestyn Imogen Ioan Iwan Jagdeep Jakub Jaskaran Jayden Kacper Kamil Keeley Kerys
Kieran Kuba Lacey Lewys Lowri Maddison Mairead Malachy Marek Mariusz Megan Mohammed Muhammad
Nadia Niamh Nikolai Oisin Olamide Oluwaseun Oskar Paulina Precious Rafi Rhian Rhodri Rhys
Roisin Saoirse Seren Shakira Sian Siobhan Skye Sonia Szymon Tadhg Tanisha Teagan Tegan Tomasz
Tremaine Tyrone Vik Wiktoria Yusuf Zainab Zara Zofia Zuzanna
""".split()


def first_names() -> list[str]:
    folder = Path(names.__file__).parent
    found: set[str] = set(SUPPLEMENT)
    for source in SOURCES:
        for line in (folder / source).read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.add(line.split()[0].capitalize())
    return sorted(n for n in found if len(n) > 2)


def main() -> None:
    header = ("# Given names: the 1990 US Census given-name lists (public domain), via the names "
              "package, plus a hand-kept UK supplement. One a line.")
    listed = first_names()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join([header, *listed]) + "\n", encoding="utf-8")
    print(f"wrote {len(listed)} names to {OUT}")


if __name__ == "__main__":
    main()
