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
Aaliyah Aarav Abdi Abdirahman Abdullah Abdullahi Abena Abimbola Adaeze Adeel Adeola Aditi Adwoa
Agnieszka Aidan Aiden Aila Ailidh Ailsa Aine Aisling Akosua Alaw Albie Aled Aleksander
Aleksandra Alexandru Alfie Alys Amani Amara Amari Amelia Amelie Amelka Amir Amira Amrit Anaya
Andrei Aneurin Anjali Antoni Aoibheann Aoibhinn Aoife Arabella Archie Aria Ariella Arina Arjun
Arlo Arran Artem Aryan Asif Aya Ayaan Ayesha Ayla Ayodele Aysha Baraka Bartosz Baz Bereket
Bethan Bex Bilal Blessing Bogdan Brayden Brodie Bronagh Bronwen Bryn Cadi Caelan Cai Caitlin
Callan Callum Calum Caoimhe Caoimhin Carys Cathal Catriona Cerian Cerys Chantelle Chiamaka
Chidi Chinedu Chioma Chipo Cian Ciara Ciaran Cillian Clodagh Colm Conall Connor Conor Cormac
Dafydd Dai Darragh Dawid Dawit Daz Dazza Declan Deeqa Deio Deividas Demi Deniz Dewi Dominika
Donal Donnacha Dovydas Ecaterina Efa Efosa Eilidh Eimear Eira Eirlys Elan Eleri Elif Elis Emeka
Emilija Emre Emrys Eoin Eshal Esi Esme Euan Evie Ewan Faisal Farai Farzana Fatima Femi Ffion
Filip Filmon Finlay Finley Finn Fintan Fionn Fionnuala Florin Franciszek Fraser Freya Funmilayo
Gabija Gaz Gazza Gethin Glenys Grainne Gruffydd Guled Gurpreet Guto Gwen Gwenllian Gwilym Gwion
Hafsa Halima Halle Hamish Hamza Haris Harlow Harper Harpreet Harri Harvey Hiba Hodan Hudson
Hussein Huw Ianto Ibrahim Idris Iestyn Ifan Ifeoma Igor Ikenna Iman Imogen Imran Inaya Indie
Innes Ioan Ioana Ionela Ionut Iqra Isla Iwan Izzy Jac Jaden Jagdeep Jaiden Jakub Jaskaran Jax
Jaxon Jayden Jaz Jemma Jenson Jordan-Lee Jordanne Jorja Kabir Kacper Kaiden Kamil Kamran
Karolina Katarzyna Kayden Kaz Keegan Keeley Kelechi Kemar Kemi Kerry-Ann Kerys Kev Khadija Kian
Kieran Kiran Kirsty Kobe Kofi Kojo Krzysztof Kuba Kwabena Kwame Kwesi Kyrie Lacey Lachlan
Leigh-Ann Lennon Lewys Lexi Leyla Liam Liban Lleucu Llinos Lowri Luca Lukas Maci Macsen
Maddison Mahad Mairead Maisy Maja Maksym Malachy Mali Manon Manpreet Marek Mariusz Marley Matas
Mateusz Megan Mehmet Mhairi Mihai Mo Mohammed Morag Morven Muhammad Muhammed Musa Mustafa Myla
Nadia Navdeep Nazia Nel Nerys Nevaeh Ngozi Niall Niamh Nico Nikola Nikolai Nimco Nkechi Nnamdi
Noor Nur Nyasha Oakley Obi Odhran Oisin Oksana Olamide Olha Oliwia Olly Oluwaseun Oran Orla
Orlaith Osas Osian Oskar Ottilie Owain Paddy Padraig Patryk Paulina Piotr Poppy Precious Priya
Rafi Ravi Rayan Reece Rehan Reyansh Rhian Rhianna Rhodri Rhys Rian Roisin Ronan Rowan Ruairi
Ruairidh Ruaridh Rubina Rudo Rukhsana Rylee Sadia Safa Safiya Sanjay Saoirse Seamus Semhar
Seren Shahid Shakira Shania Shaz Shazia Sian Sienna Simba Simran Sinead Siobhan Sion Sioned
Skye Skylar Sofiya Sonia Stacey-Leigh Steffan Struan Sumaiya Szymon Tadhg Tahmina Tanisha Tariq
Tatenda Teagan Tegan Temitope Tendai Tez Thandiwe Tiernan Tilly Tinashe Tolu Tomasz Tomos
Tremaine Tunde Tyreece Tyrese Tyrone Ubah Ugne Umar Usman Vihaan Vik Vlad Wanjiru Waqas Warsame
Weronika Wiktor Wiktoria Wil Yahya Yaw Yewande Yonas Yulia Yusuf Zac Zach Zahra Zain Zainab
Zara Zayn Zofia Zubair Zuzanna
Ayo Begw Bentley Bisi Chidera Dami Dilan Ebuka Elin Farhad Folake Haf Hawre Ife Journey Kacie
Karwan Kaycee Keanu Keelan Kenzie Kenzo Kody Koby Kunle Luna Mabli Macey Mebrat Mikey Nneka
Nova Omid Rebin Rojin Ryder Selam Seun Shvan Somto Storm Tayla Taylah Tayo Tiwa Tobi Tomi
Tyreese Tyriq Yemi Zana Marnie Nancie Raiden Kairo Reggie Tallulah Ottie Dolly Nellie Mabel
Alfie-Jay Bobbi Frankie-Rose Lacie Kaci Jaxson Jayce Kaydon Kobi Lenny Brody Tommie Kenny
Mick Micky Jonno Robbo Tommo Macca Bri Jo Tash Becks Liv Soph Mags Chelle Kel Col Stu Mal
Si Vin Den Alf Ern Walt Nige Gav Dom
""".split()


def first_names() -> list[str]:
    folder = Path(names.__file__).parent
    found: set[str] = set(SUPPLEMENT)
    for source in SOURCES:
        for line in (folder / source).read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.add(line.split()[0].capitalize())
    return sorted(n for n in found if len(n) > 2 or n in SUPPLEMENT)


def main() -> None:
    header = ("# Given names: the 1990 US Census given-name lists (public domain), via the names "
              "package, plus a hand-kept UK supplement. One a line.")
    listed = first_names()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join([header, *listed]) + "\n", encoding="utf-8")
    print(f"wrote {len(listed)} names to {OUT}")


if __name__ == "__main__":
    main()
