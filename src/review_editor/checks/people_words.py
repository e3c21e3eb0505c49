"""Word lists for finding people by context (C1.1, C1.11): family roles, professional roles,
titles and post-nominals. Data tables, kept apart from the logic in ``people.py``."""

from __future__ import annotations

from .welsh_words import WELSH_FAMILY_NOUNS

#: People in a subject's life: a name beside one of these is about the case.
FAMILY_NOUNS = (
    "mother", "mum", "mummy", "mam", "father", "dad", "daddy", "parent", "parents",
    "stepfather", "stepmother", "step-father", "step-mother", "stepdad", "stepmum",
    "step-dad", "step-mum", "brother", "brothers", "sister", "sisters", "half-brother",
    "half-sister", "sibling", "siblings", "son", "sons", "daughter", "daughters", "stepson",
    "stepdaughter", "step-son", "step-daughter", "grandmother", "grandfather", "grandma",
    "grandad", "granddad", "grandpa", "granny", "nan", "nana", "nanna", "grandparent",
    "grandparents", "grandson", "granddaughter", "grandchild", "grandchildren", "aunt",
    "auntie", "aunty", "aunts", "uncle", "uncles", "cousin", "cousins", "niece", "nephew",
    "partner", "ex-partner", "boyfriend", "ex-boyfriend", "girlfriend", "ex-girlfriend",
    "husband", "ex-husband", "wife", "ex-wife", "fiancé", "fiancée", "fiance", "fiancee",
    "spouse", "carer", "foster carer", "foster carers", "foster mother", "foster father",
    "guardian", "special guardian", "neighbour", "neighbours", "friend", "friends",
    "best friend", "lodger", "flatmate", "housemate", "child", "children", "baby", "twin",
    "perpetrator", "victim", "defendant", "offender", "suspect", "abuser", "killer", "twins",
    "family friend", "in-law", "mother-in-law", "father-in-law", "brother-in-law",
    "sister-in-law", "godmother", "godfather", "relative", "relatives", "kin", "boy", "boys",
    "girl", "girls", "gran", "granda", "nanny", "mammy", "stepbrother", "stepsister",
    "step-brother", "step-sister", "half-sibling", "bro", "sis", "MGM", "MGF", "PGM", "PGF",
    "bairn", "bairns", "wean", "weans",
    *WELSH_FAMILY_NOUNS,
)

#: Words before a family noun that keep it a family noun ("his older sister").
FAMILY_MODIFIERS = (
    "older", "younger", "elder", "eldest", "youngest", "oldest", "twin", "half", "step",
    "maternal", "paternal", "new", "former", "ex", "late", "biological", "birth", "adoptive",
    "then", "only", "little", "big", "baby", "teenage", "adult", "estranged", "first",
    "second", "third", "main", "male", "female", "de facto", "long-term", "live-in",
)

#: Titles that a family member is called by ("Uncle Rafi").
FAMILY_TITLES = ("Uncle", "Aunt", "Auntie", "Aunty", "Nan", "Nana", "Nanna", "Grandad",
                 "Grandma", "Grandpa", "Granny", "Cousin", "Gran", "Granda", "Nain", "Taid",
                 "Mamgu", "Bampi", "Grampa", "Gramps", "Nanny", "Grampy", "Granddad", "Nonna",
                 "Nonno")

#: Titles any adult may have: a person, not a professional by themselves.
PLAIN_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Master")

#: Titles and ranks that mark a professional or office holder.
PROFESSIONAL_TITLES = (
    "Dr", "Doctor", "Professor", "Prof", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron",
    "Councillor", "Cllr", "Judge", "Justice", "HHJ", "Revd", "Rev", "Reverend", "Canon",
    "Bishop", "Archbishop", "Rabbi", "Imam", "Detective", "Inspector", "Sergeant", "Sgt",
    "Constable", "Superintendent", "Supt", "Chief", "Commander", "Commissioner", "Colonel",
    "Major", "Captain", "Lieutenant", "General", "Admiral", "Chair", "Chairman", "Chairwoman",
    "Chairperson", "Independent", "Reviewer", "Mayor", "Minister", "Secretary", "Director",
    "President", "Governor", "Coroner", "Senior", "Assistant", "Deputy", "DCI", "DI", "DS",
    "DC", "PC", "PCSO", "DCS", "DSupt", "ACC", "DCC", "Headteacher", "Matron", "Nurse",
    "Sister", "Hon", "Honourable", "Rt", "Right", "Baronet", "MP", "MSP", "MS", "AM", "MLA",
    "Sheriff", "Procurator", "Fiscal", "Pennaeth", "Cyfarwyddwr", "Cadeirydd", "Prif",
    "Swyddog", "Rheolwr", "Cynghorydd", "Athro", "Meddyg", "Nyrs", "Adolygydd",
)

#: Letters after a name that mark a professional or an honour.
POST_NOMINALS = (
    "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "CB", "CVO", "LVO", "MVO", "QPM", "KPM", "BEM",
    "KC", "QC", "JP", "DL", "MP", "MSP", "MS", "AM", "MLA", "PhD", "DPhil", "MD", "MA", "MSc",
    "BA", "BSc", "LLB", "LLM", "MBA", "MPhil", "EdD", "DClinPsy", "CQSW", "DipSW", "RGN", "RN",
    "RMN", "RSCN", "RM", "RHV", "SCPHN", "FRCPCH", "FRCP", "FRCPsych", "FRCS", "FRCGP",
    "MRCP", "MRCPCH", "MRCPsych", "MRCGP", "MBBS", "MBChB", "BM", "FFPH", "FRSA", "FCA",
    "CPsychol", "AFBPsS", "FBPsS", "HCPC",
)

#: Nouns of a professional or public role, in an apposition ("Jane Roe, the independent
#: reviewer") or before a name ("the author, Jane Roe").
PROFESSIONAL_NOUNS = (
    "reviewer", "reviewers", "author", "authors", "chair", "chairs", "chairperson", "chairman",
    "chairwoman", "vice chair", "scrutineer", "commissioner", "minister", "first minister",
    "mayor", "secretary", "executive", "chief executive", "director", "manager", "officer",
    "consultant", "doctor", "nurse", "paediatrician", "pediatrician", "surgeon", "judge",
    "coroner", "inspector", "superintendent", "constable", "sergeant", "detective",
    "councillor", "member", "professor", "lecturer", "researcher", "academic", "headteacher",
    "head teacher", "teacher", "principal", "governor", "social worker", "worker",
    "practitioner", "lead", "adviser", "advisor", "coordinator", "co-ordinator", "chaplain",
    "vicar", "priest", "solicitor", "barrister", "clinician", "psychologist", "psychiatrist",
    "therapist", "midwife", "health visitor", "visitor", "gp", "mp", "msp", "president",
    "lieutenant", "leader", "head", "founder", "editor", "journalist", "spokesperson",
    "spokesman", "spokeswoman", "expert", "investigator", "analyst", "trainer", "facilitator",
    "panel member", "panel", "scrutiny", "guardian ad litem", "advocate", "lawyer", "counsel",
    "magistrate", "registrar", "dean", "vice-chancellor", "chancellor", "trustee", "ceo",
    "pcc", "dsl", "safeguarding lead", "named nurse", "named doctor", "designated doctor",
    "designated nurse", "business manager", "lead member", "police and crime commissioner",
    "secretary of state", "children's commissioner", "children’s commissioner",
    "procurator fiscal", "fiscal", "sheriff", "sheriff principal", "lord advocate",
    "advocate depute", "children's reporter", "reporter", "pennaeth", "cyfarwyddwr",
    "cadeirydd", "prif weithredwr", "swyddog", "rheolwr", "cynghorydd", "adolygydd", "awdur",
    "gweithiwr cymdeithasol", "meddyg", "nyrs", "ymwelydd iechyd", "isva", "idva",
    "prosecutor", "paramedic", "pharmacist", "dentist", "counsellor", "counselor", "caseworker",
    "senco", "matron", "interpreter", "sonographer", "radiologist", "anaesthetist", "iro",
    "keyworker", "key-worker", "lado", "amhp", "imca", "imha", "minute taker", "minute-taker",
    "note taker", "administrator",
)

#: Works a professional is cited for ("Eileen Munro's 2011 review").
WORK_NOUNS = (
    "review", "reviews", "report", "reports", "analysis", "work", "research", "study",
    "studies", "audit", "inquiry", "guidance", "model", "framework", "book", "paper",
    "papers", "article", "foreword", "evidence", "findings", "recommendations", "letter",
    "statement", "speech", "team", "office", "leadership", "judgment", "judgement", "ruling",
)

#: What a person (not an organisation) does in a sentence.
PERSON_VERBS = (
    "told", "said", "says", "explained", "described", "disclosed", "asked", "had", "has",
    "was", "were", "is", "moved", "lived", "lives", "died", "went", "missed", "attended",
    "reported", "called", "raised", "declined", "refused", "left", "ran", "worked", "became",
    "would", "could", "felt", "feels", "spoke", "stayed", "looked", "cared", "wanted",
    "did", "didn't", "did not", "never", "often", "later", "then", "also", "still", "recalled",
    "remembered", "admitted", "denied", "claimed", "alleged", "complained", "contacted",
    "phoned", "texted", "messaged", "visited", "returned", "arrived", "met", "married",
    "separated", "gave", "took", "kept", "began", "started", "stopped", "needed", "struggled",
    "drank", "used", "took", "slept", "woke", "hit", "assaulted", "threatened", "groomed",
    "abused", "killed", "murdered", "pleaded", "appeared", "agreed", "wrote", "posted",
)

#: Verbs and phrases before a name that make it a person's.
PERSON_BEFORE = (
    "according to", "heard from", "spoke to", "spoke with", "speaking to", "interviewed",
    "asked", "saw", "seen", "visited", "met", "arrested", "charged", "convicted", "sentenced",
    "jailed", "contacted", "named", "called", "known as", "identified as", "who", "whom",
    "described", "supported", "helped", "cared for", "looked after", "found", "told",
    "nobody asked", "told", "nor", "me and",
)

#: A business or a venue by its trade after a town's or a given name's word ("a call from
#: Chester Zoo", "a text from Harvey Motors"): the business, not a sender nor where anyone is.
TRADE_WORDS = (
    "Zoo", "Motors", "Garage", "Garages", "Dental", "Vets", "Veterinary", "Pharmacy",
    "Chemist", "Chemists", "Jobcentre", "Stadium", "Arena", "Racecourse", "Cinema", "Carers",
    "Taxis", "Cabs", "Solicitors", "Lettings", "Builders", "Supermarket", "Stores", "Leisure",
)

#: Words that make a capitalised run an organisation, a place or a thing.
ORGANISATION_WORDS = (
    "Council", "Councils", "Police", "Constabulary", "Trust", "Trusts", "Board", "Boards",
    "Partnership", "Partnerships", "Service", "Services", "Society", "Association",
    "Commission", "Panel", "Government", "Office", "Department", "Ministry", "University",
    "College", "School", "Schools", "Academy", "Hospital", "Hospitals", "NHS", "Authority",
    "Committee", "Team", "Unit", "Centre", "Center", "Group", "Network", "Alliance",
    "Foundation", "Charity", "Court", "Act", "Review", "Reviews", "Safeguarding", "Agency",
    "Institute", "Federation", "Forum", "Company", "Ltd", "Limited", "Plc", "LLP", "CIC",
    "Project", "Programme", "Initiative", "Scheme", "Strategy", "Policy", "Procedures",
    "Guidance", "Framework", "Standards", "Inspectorate", "Executive", "Parliament",
    "Assembly", "Cabinet", "Council's", "County", "Borough", "City", "District", "Region",
    "Health", "Care", "Clinic", "Practice", "Surgery", "Church", "Diocese", "Mosque",
    "Housing", "Homes", "Club", "FC", "United", "Rovers", "Support", "Aid", "Women's",
    "Children's", "Children", "Adults", "Families", "Victims", "Survivors", "Commissioner's",
    "Fund", "Lottery", "Insurance", "Prison", "Prisons", "Probation", "Justice",
    "Tribunal", "Inquiry", "Report", "Annual", "Conference", "Week", "Day", "Month",
    "Awards", "Award", "Festival", "Operation", "Law", "Laws", "Safeguards", "Community",
    "Communities", "Regulations", "Rules", "Bill", "Order", "Orders", "Protocol",
    "Pathway", "Road", "Street", "Lane", "Avenue", "Estate",
    "Airport", "Station", "Railway", "Line", "Bridge", "River", "Island", "Isle",
    "House", "Hall", "Castle", "Cathedral", "Abbey", "Library", "Museum", "Theatre",
    *TRADE_WORDS,
)

#: Charities and national bodies named without an organisation word ("Amanda Lowe from
#: Barnardo's").
NATIONAL_BODIES = frozenset((
    "Barnardo", "Barnardo's", "Barnardo’s", "NSPCC", "Refuge", "Mind", "Samaritans", "Childline",
    "Kooth", "Catch22", "Victim Support", "Women's Aid", "Women’s Aid", "SafeLives", "Respect",
    "Shelter", "Crisis", "Mencap", "Scope", "Action for Children", "Ofsted", "Cafcass",
    "CAFCASS", "Estyn", "Healthwatch", "Coram", "Kinship", "YoungMinds", "Young Minds",
    "Papyrus", "Stonewall", "Mermaids", "Galop", "Karma Nirvana", "Hestia", "Nacro", "Unseen",
    "Ofqual", "Parliament", "Whitehall", "Westminster", "Holyrood", "Stormont", "Senedd",
    # charities and foundations named after people ("the Lucy Faithfull approach")
    "Lucy Faithfull", "Marie Curie", "Sue Ryder", "Leonard Cheshire", "Anthony Nolan",
    "Joseph Rowntree", "Paul Hamlyn", "Suzy Lamplugh", "Stephen Lawrence",
))

#: Counties, regions and principal areas: places, never first names ("Kent", "Devon").
AREAS = (
    "Bedfordshire", "Berkshire", "Bristol", "Buckinghamshire", "Cambridgeshire", "Cheshire",
    "Cornwall", "Cumbria", "Cumberland", "Derbyshire", "Devon", "Dorset", "Durham",
    "Essex", "Gloucestershire", "Hampshire", "Herefordshire", "Hertfordshire", "Kent",
    "Lancashire", "Leicestershire", "Lincolnshire", "Merseyside", "Middlesex", "Norfolk",
    "Northamptonshire", "Northumberland", "Nottinghamshire", "Oxfordshire", "Rutland",
    "Shropshire", "Somerset", "Staffordshire", "Suffolk", "Surrey", "Sussex", "Tyneside",
    "Warwickshire", "Westmorland", "Wiltshire", "Worcestershire", "Yorkshire", "Humberside",
    "Teesside", "Wirral", "Medway", "Thurrock", "Halton", "Sefton", "Knowsley", "Tameside",
    "Trafford", "Calderdale", "Kirklees", "Wakefield", "Rotherham", "Barnsley", "Solihull",
    "Sandwell", "Dudley", "Walsall", "Wolverhampton", "Gateshead", "Anglesey", "Gwynedd",
    "Conwy", "Denbighshire", "Flintshire", "Wrexham", "Powys", "Ceredigion", "Pembrokeshire",
    "Carmarthenshire", "Swansea", "Neath", "Bridgend", "Glamorgan", "Rhondda", "Merthyr",
    "Caerphilly", "Blaenau", "Torfaen", "Monmouthshire", "Newport", "Cardiff", "Gwent",
    "Dyfed", "Clwyd", "Fife", "Lothian", "Highland", "Highlands", "Moray", "Angus",
    "Aberdeenshire", "Argyll", "Bute", "Ayrshire", "Lanarkshire", "Renfrewshire",
    "Dunbartonshire", "Stirling", "Falkirk", "Clackmannanshire", "Perth", "Kinross",
    "Dundee", "Inverclyde", "Borders", "Dumfries", "Galloway", "Orkney", "Shetland",
    "Hebrides", "Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Derry", "Tyrone",
    "Ulster", "Scotland", "Wales", "England", "Ireland", "Britain", "London", "Midlands",
    "Cymru", "Alba", "Europe", "Africa", "Asia", "Dales", "Fens", "Fenland", "Cotswolds",
    "Chilterns", "Pennines", "Broads", "Wolds", "Valleys",
    # Welsh names of principal areas: "Ynys Môn", "Wrecsam", "Caerdydd"
    "Môn", "Wrecsam", "Caerdydd", "Abertawe", "Casnewydd", "Caerffili", "Penfro",
    "Gaerfyrddin", "Ddinbych", "Fflint", "Fynwy", "Morgannwg", "Tudful",
)

#: Principal areas named after their town or city: as a county, never a first name; as a
#: place, a town like any other, so the partnership's own area is known from `area_served`.
AREA_TOWNS = frozenset((
    "Bristol", "Durham", "Wakefield", "Rotherham", "Barnsley", "Solihull", "Dudley", "Walsall",
    "Wolverhampton", "Gateshead", "Wrexham", "Swansea", "Neath", "Bridgend", "Merthyr",
    "Caerphilly", "Newport", "Cardiff", "Conwy", "Stirling", "Falkirk", "Perth", "Kinross",
    "Dundee", "Dumfries", "Antrim", "Armagh", "Londonderry", "Derry", "Wrecsam", "Caerdydd",
    "Abertawe", "Casnewydd", "Caerffili",
))
#: Principal areas and health boards named by more than one word: too wide to locate anyone.
AREA_PHRASES = frozenset(("Neath Port Talbot", "Rhondda Cynon Taf", "Blaenau Gwent",
                          "Swansea Bay", "Vale of Glamorgan"))

#: Times written like names and places: "seen at Christmas", "in Reception" (a school year, C1.2's).
OCCASIONS = frozenset({
    "Christmas", "Christmas Eve", "Christmas Day", "Boxing Day", "New Year", "New Year's Eve",
    "New Year’s Eve", "New Year's Day", "New Year’s Day", "Hogmanay", "Easter", "Easter Sunday",
    "Good Friday", "Lent", "Advent", "Whitsun", "Halloween", "Hallowe'en", "Bonfire Night",
    "Guy Fawkes Night", "Diwali", "Deepavali", "Eid", "Eid al-Fitr", "Eid al-Adha", "Ramadan",
    "Ramadhan", "Hanukkah", "Chanukah", "Passover", "Pesach", "Yom Kippur", "Rosh Hashanah",
    "Vaisakhi", "Baisakhi", "Holi", "Navratri", "Chinese New Year", "Lunar New Year",
    "Mother's Day", "Mother’s Day", "Father's Day", "Father’s Day", "Valentine's Day",
    "Valentine’s Day", "St Patrick's Day", "St Patrick’s Day", "St David's Day",
    "St David’s Day", "Burns Night", "Half Term", "Half-Term", "Reception", "Nursery",
    "Sixth Form", "Pride", "Parents' Evening", "Parents’ Evening", "Parents Evening",
    "Sports Day", "Open Day", "Open Evening", "Prize Giving", "Speech Day"})

#: Children and adults whose deaths led to national inquiries or widely published reviews,
#: named as the history of practice names them ("after the death of Victoria Climbié").
NATIONAL_CASES = frozenset((
    "Maria Colwell", "Jasmine Beckford", "Kimberley Carlile", "Tyra Henry", "Victoria Climbié",
    "Victoria Climbie", "Peter Connelly", "Baby P", "Khyra Ishaq", "Daniel Pelka", "Hamzah Khan",
    "Keanu Williams", "Ayeeshia Jane Smith", "Arthur Labinjo-Hughes", "Star Hobson",
    "Logan Mwangi", "Finley Boden", "Sara Sharif", "Holly Wells", "Jessica Chapman",
    "Sarah Payne", "James Bulger", "Jamie Bulger", "Steven Hoskin", "Fiona Pilkington",
    "Winterbourne View", "Connor Sparrowhawk",
))
