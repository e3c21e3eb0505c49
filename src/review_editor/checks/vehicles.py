"""Cars and motorbikes named by make ("a silver Vauxhall Corsa", "his BMW X5"): a vehicle,
not a place or a person. A make and model alone is not an identifier; the registration is
(C1.6)."""

from __future__ import annotations

import re

#: Makes whose names are also places or names ("Vauxhall", "Morris", "Bedford").
MAKES = frozenset((
    "Vauxhall", "Ford", "Peugeot", "Renault", "Citroen", "Citroën", "Nissan", "Toyota", "Honda",
    "Mazda", "Kia", "Hyundai", "Skoda", "Škoda", "Seat", "SEAT", "Volkswagen", "VW", "Audi",
    "BMW", "Mercedes", "Mercedes-Benz", "Fiat", "Alfa", "Jaguar", "Land", "Range", "Rover",
    "Mini", "MG", "Volvo", "Saab", "Subaru", "Suzuki", "Mitsubishi", "Lexus", "Tesla", "Dacia",
    "Chevrolet", "Chrysler", "Jeep", "Dodge", "Porsche", "Ferrari", "Lamborghini", "Bentley",
    "Rolls-Royce", "Aston", "Lotus", "Smart", "Daewoo", "Proton", "Austin", "Morris",
    "Triumph", "Hillman", "Bedford", "Leyland", "Yamaha", "Kawasaki", "Ducati", "Piaggio",
    "Vespa", "Lexmoto", "Sinnis", "Cupra", "Polestar", "Isuzu", "Iveco", "Scania",
))
_COLOUR_BEFORE = re.compile(
    r"\b(?:white|black|silver|grey|gray|red|blue|green|yellow|orange|purple|gold|maroon|"
    r"burgundy|beige|brown|navy|bronze|dark|light|metallic|old|new|battered|hired|stolen|"
    r"(?:his|her|their|a|an|the|family['’]s|mum['’]s|dad['’]s))\s+\Z", re.IGNORECASE)
#: Models, by their first word: "Corsa", "Fiesta", "Golf".
MODELS = frozenset((
    "Corsa", "Astra", "Insignia", "Zafira", "Vectra", "Mokka", "Vivaro", "Combo", "Fiesta",
    "Focus", "Mondeo", "Transit", "Ka", "Kuga", "Galaxy", "Ranger", "Escort", "Sierra",
    "Puma", "Golf", "Polo", "Passat", "Tiguan", "Touran", "Caddy", "Up", "Clio", "Megane",
    "Mégane", "Scenic", "Captur", "Kangoo", "Traffic", "Micra", "Qashqai", "Juke", "Note",
    "Navara", "Yaris", "Corolla", "Aygo", "Auris", "Prius", "Hilux", "Civic", "Jazz", "CR-V",
    "Octavia", "Fabia", "Superb", "Ibiza", "Leon", "León", "Punto", "Panda", "Picanto",
    "Sportage", "Ceed", "Rio", "Tucson", "Evoque", "Discovery", "Defender", "Freelander",
    "Sport", "Cooper", "Clubman", "Countryman", "Berlingo", "Picasso", "Partner", "Boxer",
    "Sprinter", "Vito", "Mustang", "Swift", "Vitara", "Outlander", "Shogun", "Duster",
    "Sandero", "Logan", "Model", "Series", "Class", "Cortina", "Metro", "Maestro", "Montego",
    "Rover", "Romeo", "Martin",
))
_MODEL_AFTER = re.compile(
    r"\A(?:-[A-Z][a-z]+)?\s+(?:[A-Z]?\d\w*|(?P<model>[A-Z][\w-]*)|(?:car|van|pick-?up|truck|"
    r"lorry|estate|hatchback|saloon|motorbike|moped|scooter)\b)")


def is_vehicle(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a vehicle's make: a make with its model
    or the kind of vehicle after it, or after a colour or a possessive ("a blue Vauxhall")."""
    make = text[start:end].split()[0].removesuffix("'s").removesuffix("’s")
    if make not in MAKES:
        return False
    first_end = start + len(text[start:end].split()[0])
    model = _MODEL_AFTER.match(text, first_end)
    if model is not None and (model.group("model") is None or model.group("model") in MODELS):
        return True
    return _COLOUR_BEFORE.search(text, max(0, start - 20), start) is not None
