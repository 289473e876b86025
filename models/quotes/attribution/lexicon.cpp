// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/attribution/lexicon.h"

const WordSet &Lexicon::speechVerbs()
{
    static const WordSet set {
        u"say",
        u"says",
        u"said",
        u"saying",
        u"tell",
        u"tells",
        u"told",
        u"telling",
        u"add",
        u"adds",
        u"added",
        u"adding",
        u"insist",
        u"insists",
        u"insisted",
        u"insisting",
        u"acknowledge",
        u"acknowledges",
        u"acknowledged",
        u"acknowledging",
        u"stated",
        u"stating",
        u"mention",
        u"mentions",
        u"mentioned",
        u"mentioning",
        u"declare",
        u"declares",
        u"declared",
        u"declaring",
        u"urge",
        u"urges",
        u"urged",
        u"urging",
        u"explain",
        u"explains",
        u"explained",
        u"explaining",
        u"noted",
        u"noting",
        u"warn",
        u"warns",
        u"warned",
        u"warning",
        u"claim",
        u"claims",
        u"claimed",
        u"claiming",
        u"argue",
        u"argues",
        u"argued",
        u"arguing",
        u"assert",
        u"asserts",
        u"asserted",
        u"asserting",
        u"announce",
        u"announces",
        u"announced",
        u"announcing",
        u"reply",
        u"replies",
        u"replied",
        u"replying",
        u"respond",
        u"responds",
        u"responded",
        u"responding",
        u"remark",
        u"remarks",
        u"remarked",
        u"remarking",
        u"recall",
        u"recalls",
        u"recalled",
        u"recalling",
        u"admit",
        u"admits",
        u"admitted",
        u"admitting",
        u"concede",
        u"concedes",
        u"conceded",
        u"conceding",
        u"confirm",
        u"confirms",
        u"confirmed",
        u"confirming",
        u"deny",
        u"denies",
        u"denied",
        u"denying",
        u"suggest",
        u"suggests",
        u"suggested",
        u"suggesting",
        u"stress",
        u"stresses",
        u"stressed",
        u"stressing",
        u"emphasise",
        u"emphasises",
        u"emphasised",
        u"emphasising",
        u"emphasize",
        u"emphasizes",
        u"emphasized",
        u"emphasizing",
        u"tweet",
        u"tweets",
        u"tweeted",
        u"tweeting",
        u"wrote",
        u"writes",
        u"writing",
        u"ask",
        u"asks",
        u"asked",
        u"asking",
        u"answer",
        u"answers",
        u"answered",
        u"answering",
        u"predict",
        u"predicts",
        u"predicted",
        u"predicting",
        u"promise",
        u"promises",
        u"promised",
        u"promising",
        u"vow",
        u"vows",
        u"vowed",
        u"vowing",
        u"pledge",
        u"pledges",
        u"pledged",
        u"pledging",
        u"boast",
        u"boasts",
        u"boasted",
        u"boasting",
        u"complain",
        u"complains",
        u"complained",
        u"complaining",
        u"joke",
        u"jokes",
        u"joked",
        u"joking",
        u"quip",
        u"quips",
        u"quipped",
        u"quipping",
        u"exclaim",
        u"exclaims",
        u"exclaimed",
        u"exclaiming",
        u"shout",
        u"shouts",
        u"shouted",
        u"shouting",
        u"describe",
        u"describes",
        u"described",
        u"describing",
        u"call",
        u"calls",
        u"called",
        u"calling",
        u"refer",
        u"refers",
        u"referred",
        u"referring",
        u"dub",
        u"dubs",
        u"dubbed",
        u"dubbing",
        u"brand",
        u"branded",
        u"branding",
        u"label",
        u"labelled",
        u"labeled",
        u"labelling",
        u"labeling",
        u"hint",
        u"hints",
        u"hinted",
        u"hinting",
        u"indicate",
        u"indicates",
        u"indicated",
        u"indicating",
        u"reiterate",
        u"reiterates",
        u"reiterated",
        u"reiterating",
        u"repeat",
        u"repeats",
        u"repeated",
        u"repeating",
        u"maintain",
        u"maintains",
        u"maintained",
        u"maintaining",
        u"contend",
        u"contends",
        u"contended",
        u"contending",
        u"observe",
        u"observes",
        u"observed",
        u"observing",
        u"reveal",
        u"reveals",
        u"revealed",
        u"revealing",
        u"commented",
        u"commenting",
        u"continued",
        u"according",
        u"report",
        u"reports",
        u"reported",
        u"reporting",
        u"write",
        u"posted",
        u"posting",
        u"wonder",
        u"wondered",
        u"wondering",
        u"concluded",
        u"concluding",
        u"demand",
        u"demanded",
        u"demanding",
        u"demands",
        u"threaten",
        u"threatened",
        u"threatening",
        u"threatens",
        u"counter",
        u"countered",
        u"countering",
        u"counters",
        u"retort",
        u"retorted",
        u"scoff",
        u"scoffed",
        u"lament",
        u"lamented",
        u"praise",
        u"praised",
        u"praising",
        u"criticise",
        u"criticised",
        u"criticize",
        u"criticized",
        u"accuse",
        u"accused",
        u"accusing",
        u"accuses",
        u"mocked",
        u"mocking",
    };
    return set;
}

const WordSet &Lexicon::reportingVerbs()
{
    static const WordSet set { u"report", u"reports", u"reported", u"reporting", u"wrote", u"writes", u"writing",
        u"write", u"posted", u"posting", u"published", u"quoted", u"cited", u"citing" };
    return set;
}

const WordSet &Lexicon::titles()
{
    static const WordSet set { u"president", u"vice-president", u"minister", u"leader", u"chairman", u"chairwoman",
        u"chairperson", u"chair", u"secretary", u"senator", u"sen.", u"rep.", u"representative", u"congressman",
        u"congresswoman", u"governor", u"gov.", u"mayor", u"premier", u"chancellor", u"king", u"queen", u"prince",
        u"princess", u"pope", u"general", u"gen.", u"colonel", u"col.", u"captain", u"capt.", u"admiral", u"ambassador",
        u"envoy", u"spokesman", u"spokeswoman", u"spokesperson", u"professor", u"prof.", u"judge", u"justice",
        u"director", u"chief", u"ceo", u"founder", u"analyst", u"expert", u"official", u"aide", u"adviser", u"advisor",
        u"commissioner", u"commander", u"sheriff", u"officer", u"lawmaker", u"legislator", u"dictator", u"strongman",
        u"emperor", u"sultan", u"emir", u"sheikh", u"cardinal", u"bishop", u"archbishop", u"rabbi", u"imam",
        u"reverend", u"rev.", u"coach", u"manager", u"negotiator", u"diplomat", u"candidate", u"nominee", u"speaker",
        u"head", u"researcher", u"economist", u"scholar", u"lecturer", u"attorney", u"lawyer", u"prosecutor",
        u"councillor", u"councilor", u"deputy", u"president-elect", u"chief-of-staff", u"executive", u"sen", u"gov",
        u"gen", u"capt", u"prof", u"lt", u"sgt", u"cmdr", u"adm", u"maj" };
    return set;
}

const WordSet &Lexicon::titleModifiers()
{
    static const WordSet set { u"former", u"ex", u"then", u"current", u"acting", u"deputy", u"vice", u"senior",
        u"chief", u"top", u"state", u"foreign", u"defense", u"defence", u"prime", u"interior", u"finance", u"trade",
        u"unification", u"home", u"health", u"education", u"justice", u"energy", u"economy", u"supreme", u"late",
        u"outgoing", u"incoming", u"first", u"associate", u"assistant", u"executive", u"general", u"press", u"national",
        u"security", u"party", u"opposition", u"presidential", u"political", u"military", u"de", u"facto", u"u.s.",
        u"us", u"uk", u"u.k.", u"eu", u"un", u"u.n." };
    return set;
}

const WordSet &Lexicon::honorifics()
{
    static const WordSet set { u"mr", u"mr.", u"mrs", u"mrs.", u"ms", u"ms.", u"dr", u"dr.", u"sir", u"dame", u"lord",
        u"lady", u"madam", u"monsieur", u"herr", u"frau", u"señor", u"señora" };
    return set;
}

const WordSet &Lexicon::organisationWords()
{
    static const WordSet set { u"agency", u"news", u"times", u"post", u"journal", u"herald", u"tribune", u"press",
        u"gazette", u"network", u"channel", u"tv", u"radio", u"university", u"college", u"school", u"institute",
        u"ministry", u"department", u"office", u"party", u"council", u"committee", u"commission", u"assembly",
        u"parliament", u"congress", u"senate", u"court", u"bank", u"fund", u"group", u"inc", u"inc.", u"corp", u"corp.",
        u"corporation", u"company", u"co.", u"ltd", u"ltd.", u"llc", u"association", u"foundation", u"organization",
        u"organisation", u"union", u"alliance", u"force", u"forces", u"army", u"navy", u"guard", u"police", u"service",
        u"services", u"administration", u"government", u"embassy", u"house", u"centre", u"center", u"club", u"team",
        u"review", u"magazine", u"daily", u"weekly", u"monitor", u"media", u"studios", u"airlines", u"airways",
        u"motors", u"systems", u"technologies", u"labs", u"commons", u"images", u"photos", u"wire", u"broadcasting",
        u"broadcast", u"online", u"today", u"act", u"treaty", u"agreement", u"accord", u"conference", u"summit",
        u"declaration", u"war", u"games", u"cup", u"award", u"prize", u"festival", u"day", u"week", u"programme",
        u"program", u"project", u"initiative", u"museum", u"library", u"hospital", u"church", u"temple", u"stadium",
        u"airport", u"station", u"palace", u"hall", u"tower", u"bridge", u"mall", u"hotel", u"council", u"board",
        u"bureau", u"authority", u"directorate", u"command", u"fleet", u"corps", u"brigade", u"regiment", u"division" };
    return set;
}

const WordSet &Lexicon::placeWords()
{
    static const WordSet set { u"north", u"south", u"east", u"west", u"northern", u"southern", u"eastern", u"western",
        u"central", u"united", u"states", u"kingdom", u"republic", u"federation", u"emirates", u"peninsula", u"sea",
        u"ocean", u"river", u"lake", u"island", u"islands", u"mountain", u"mountains", u"valley", u"city", u"county",
        u"province", u"region", u"zone", u"street", u"avenue", u"road", u"square", u"park", u"bay", u"gulf", u"strait",
        u"coast", u"desert", u"border", u"asia", u"europe", u"africa", u"america", u"americas", u"oceania", u"pacific",
        u"atlantic", u"arctic", u"antarctica", u"middle", u"far", u"new", u"saint", u"st.", u"fort", u"port", u"mount",
        u"cape", u"district", u"state", u"territory", u"territories", u"capital", u"empire", u"union" };
    return set;
}

const WordSet &Lexicon::groupNouns()
{
    static const WordSet set { u"administration", u"government", u"regime", u"campaign", u"team", u"family", u"era",
        u"presidency", u"white", u"camp", u"aides", u"officials", u"supporters", u"allies", u"policy", u"policies",
        u"doctrine", u"organization", u"organisation", u"tower", u"tour", u"summit", u"meeting", u"talks", u"visit",
        u"trip", u"dynasty", u"cabinet", u"party", u"foundation", u"tariffs", u"card" };
    return set;
}

const WordSet &Lexicon::functionWords()
{
    static const WordSet set { u"the", u"a", u"an", u"this", u"that", u"these", u"those", u"and", u"or", u"but", u"nor",
        u"yet", u"so", u"if", u"as", u"at", u"by", u"for", u"from", u"in", u"into", u"of", u"on", u"onto", u"to",
        u"with", u"without", u"within", u"about", u"after", u"before", u"during", u"since", u"until", u"while", u"when",
        u"where", u"why", u"how", u"what", u"who", u"which", u"whose", u"whom", u"however", u"despite", u"although",
        u"though", u"because", u"meanwhile", u"still", u"also", u"even", u"instead", u"then", u"now", u"thus",
        u"therefore", u"moreover", u"furthermore", u"indeed", u"yes", u"no", u"not", u"all", u"both", u"each", u"every",
        u"some", u"many", u"most", u"more", u"few", u"other", u"another", u"such", u"his", u"her", u"its", u"their",
        u"our", u"my", u"your", u"he", u"she", u"it", u"they", u"we", u"i", u"you", u"there", u"here", u"last", u"next",
        u"over", u"under", u"between", u"among", u"against", u"across", u"through", u"throughout", u"toward",
        u"towards", u"upon", u"via", u"per", u"like", u"unlike", u"whether", u"once", u"earlier", u"later", u"today",
        u"yesterday", u"tomorrow", u"just", u"only", u"already", u"again", u"ahead", u"amid", u"amidst", u"beyond",
        u"near", u"following", u"according", u"regarding", u"speaking", u"interestingly", u"separately", u"similarly",
        u"finally", u"first", u"second", u"third", u"overall", u"currently", u"recently", u"previously", u"is", u"was",
        u"are", u"were", u"has", u"have", u"had", u"will", u"would", u"can", u"could", u"should", u"may", u"might",
        u"must", u"do", u"does", u"did", u"after", u"photo", u"credit", u"source", u"read", u"see", u"share", u"tags",
        u"featured", u"related", u"watch", u"more", u"live", u"update", u"updated", u"breaking", u"exclusive",
        u"opinion", u"analysis", u"editor", u"editorial", u"by", u"via", u"image" };
    return set;
}

const WordSet &Lexicon::verbFillers()
{
    static const WordSet set { u"has", u"have", u"had", u"was", u"is", u"were", u"are", u"will", u"would", u"could",
        u"also", u"then", u"further", u"later", u"once", u"previously", u"again", u"even", u"reportedly", u"recently",
        u"repeatedly", u"just", u"already", u"still", u"never", u"often", u"first", u"earlier", u"subsequently", u"did",
        u"does", u"do", u"has", u"had", u"publicly", u"privately", u"candidly", u"bluntly", u"simply", u"only",
        u"however", u"too", u"likewise", u"separately" };
    return set;
}

const WordSet &Lexicon::personPronouns()
{
    static const WordSet set { u"he", u"she" };
    return set;
}

const WordSet &Lexicon::personNouns()
{
    static const WordSet set { u"billionaire", u"businessman", u"businesswoman", u"tycoon", u"mogul", u"politician",
        u"statesman", u"actor", u"actress", u"singer", u"star", u"player", u"veteran", u"man", u"woman", u"republican",
        u"democrat", u"conservative", u"liberal", u"host", u"presenter", u"author", u"writer", u"journalist",
        u"reporter", u"scientist", u"doctor", u"activist", u"entrepreneur", u"owner", u"incumbent", u"challenger",
        u"victim", u"suspect", u"witness", u"father", u"mother", u"son", u"daughter", u"brother", u"sister", u"wife",
        u"husband" };
    return set;
}

const WordSet &Lexicon::labelCues()
{
    static const WordSet set { u"a", u"an", u"so-called", u"dubbed", u"termed", u"term", u"word", u"phrase", u"label",
        u"slogan", u"hashtag", u"nicknamed", u"headlined", u"titled", u"entitled" };
    return set;
}

const WordSet &Lexicon::stopWords()
{
    static const WordSet set { u"a", u"an", u"the", u"and", u"or", u"but", u"if", u"of", u"to", u"in", u"on", u"at",
        u"by", u"for", u"with", u"from", u"as", u"is", u"am", u"are", u"was", u"were", u"be", u"been", u"being", u"it",
        u"its", u"this", u"that", u"these", u"those", u"i", u"you", u"he", u"she", u"we", u"they", u"me", u"him",
        u"her", u"us", u"them", u"my", u"your", u"his", u"our", u"their", u"do", u"does", u"did", u"have", u"has",
        u"had", u"will", u"would", u"so", u"there", u"here", u"out", u"up", u"about", u"just", u"very", u"all", u"can",
        u"could" };
    return set;
}

const WordSet &Lexicon::femaleWords()
{
    static const WordSet set { u"mrs", u"ms", u"miss", u"madam", u"madame", u"mme", u"mademoiselle", u"dame", u"lady",
        u"frau", u"señora", u"signora", u"queen", u"princess", u"empress", u"duchess", u"countess", u"baroness",
        u"chairwoman", u"spokeswoman", u"congresswoman", u"businesswoman", u"stateswoman", u"sportswoman",
        u"councilwoman", u"woman", u"girl", u"actress", u"mother", u"daughter", u"sister", u"wife", u"widow",
        u"grandmother", u"aunt", u"niece", u"she", u"herself", u"first-lady" };
    return set;
}

const WordSet &Lexicon::maleWords()
{
    static const WordSet set { u"mr", u"sir", u"lord", u"monsieur", u"herr", u"señor", u"signor", u"king", u"prince",
        u"emperor", u"duke", u"baron", u"sultan", u"emir", u"sheikh", u"pope", u"chairman", u"spokesman",
        u"congressman", u"businessman", u"statesman", u"sportsman", u"councilman", u"man", u"boy", u"father", u"son",
        u"brother", u"husband", u"widower", u"grandfather", u"uncle", u"nephew", u"he", u"himself" };
    return set;
}

const WordSet &Lexicon::femaleFirstNames()
{
    static const WordSet set { u"mary", u"patricia", u"jennifer", u"linda", u"elizabeth", u"barbara", u"susan",
        u"jessica", u"sarah", u"karen", u"nancy", u"lisa", u"margaret", u"sandra", u"ashley", u"emily", u"donna",
        u"michelle", u"carol", u"amanda", u"melissa", u"deborah", u"stephanie", u"rebecca", u"laura", u"sharon",
        u"cynthia", u"kathleen", u"amy", u"angela", u"anna", u"brenda", u"pamela", u"nicole", u"emma", u"helen",
        u"samantha", u"katherine", u"christine", u"rachel", u"catherine", u"maria", u"heather", u"diane", u"julie",
        u"olivia", u"sophia", u"isabella", u"julia", u"claire", u"anne", u"marie", u"sophie", u"natalie", u"alice",
        u"ursula", u"theresa", u"teresa", u"hillary", u"kamala", u"giorgia", u"marine", u"ségolène", u"christina",
        u"monica", u"jacinda", u"yulia", u"svetlana", u"olga", u"natalia", u"irina", u"tatiana", u"elena", u"francesca",
        u"giulia", u"ingrid", u"annalena", u"sanna", u"mette", u"fatima", u"aisha", u"priya", u"indira", u"benazir",
        u"golda", u"angelina", u"caroline", u"susanne", u"katrin", u"kristi", u"nikki", u"liz", u"sheila", u"janet",
        u"joan", u"judith", u"virginia", u"dorothy", u"ruth", u"evelyn", u"martha", u"gloria", u"veronica", u"valerie",
        u"tracy", u"wendy", u"yvonne" };
    return set;
}

const WordSet &Lexicon::maleFirstNames()
{
    static const WordSet set { u"james", u"john", u"robert", u"michael", u"william", u"david", u"richard", u"joseph",
        u"thomas", u"charles", u"christopher", u"daniel", u"matthew", u"anthony", u"paul", u"steven", u"kenneth",
        u"joshua", u"kevin", u"brian", u"george", u"edward", u"ronald", u"timothy", u"jason", u"jeffrey", u"ryan",
        u"jacob", u"gary", u"nicholas", u"eric", u"stephen", u"jonathan", u"larry", u"justin", u"scott", u"brandon",
        u"benjamin", u"samuel", u"gregory", u"patrick", u"peter", u"henry", u"harold", u"arthur", u"albert", u"joe",
        u"juan", u"carlos", u"jose", u"luis", u"pedro", u"miguel", u"antonio", u"francisco", u"pierre", u"jacques",
        u"emmanuel", u"françois", u"hans", u"klaus", u"olaf", u"friedrich", u"wolfgang", u"boris", u"sergei", u"sergey",
        u"dmitry", u"ivan", u"mohammed", u"muhammad", u"ahmed", u"mustafa", u"omar", u"hassan", u"hussein", u"ibrahim",
        u"recep", u"benjamin", u"barack", u"mike", u"steve", u"tony", u"jim", u"tom", u"bob", u"ben", u"nick", u"keir",
        u"rishi", u"olivier", u"giuseppe", u"giovanni", u"mario", u"matteo", u"sebastian", u"mark", u"gerhard",
        u"helmut", u"volodymyr", u"mikhail", u"alexei", u"alexander", u"nikolai", u"narendra", u"rahul", u"abdullah",
        u"khalid", u"xavier", u"hugo", u"felipe", u"javier", u"gustavo", u"fernando", u"ricardo", u"eduardo", u"jorge",
        u"martin", u"walter", u"frank", u"raymond", u"roger", u"bruce", u"ralph", u"eugene", u"howard", u"philip",
        u"louis", u"vincent" };
    return set;
}

quint32 Lexicon::wordClasses(QStringView word)
{
    static const WordTable table = [] {
        WordTable t;
        const std::pair<const WordSet &, WordClass> sets[] = { { speechVerbs(), SpeechVerb },
            { reportingVerbs(), ReportingVerb }, { titles(), Title }, { titleModifiers(), TitleModifier },
            { honorifics(), Honorific }, { organisationWords(), OrganisationWord }, { placeWords(), PlaceWord },
            { groupNouns(), GroupNoun }, { functionWords(), FunctionWord }, { verbFillers(), VerbFiller },
            { personPronouns(), PersonPronoun }, { personNouns(), PersonNoun }, { labelCues(), LabelCue },
            { stopWords(), StopWord }, { femaleWords(), FemaleWord }, { maleWords(), MaleWord },
            { femaleFirstNames(), FemaleFirstName }, { maleFirstNames(), MaleFirstName } };
        for (const auto &[set, bit] : sets) {
            for (std::u16string_view w : set.words())
                t.insert(w, bit);
        }
        return t;
    }();
    return table.value(word);
}
