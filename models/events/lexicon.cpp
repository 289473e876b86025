// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/lexicon.h"

#include "language/characters.h"
#include "language/datewords.h"

#include <array>
#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace Lexicon;

namespace
{
using Words = std::initializer_list<std::u16string_view>;

class Table
{
public:
    Table();

    // Open addressing over a power-of-two table, FNV-1a hashes computed by the caller while lower-casing.
    const WordInfo *find(std::u16string_view key, quint32 hash) const
    {
        for (quint32 i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (!slot.info)
                return nullptr;
            if (slot.hash == hash && slot.key == key)
                return slot.info;
        }
    }

    static quint32 hashStep(quint32 h, char16_t c) { return (h ^ c) * 16777619u; }
    static constexpr quint32 hashSeed = 2166136261u;

    std::u16string_view lemma(quint16 index) const
    {
        return index < m_lemmas.size() ? std::u16string_view(m_lemmas[index]) : std::u16string_view();
    }

private:
    WordInfo &at(std::u16string_view w) { return m_map[w]; }
    void flag(Words words, quint32 flags)
    {
        for (auto w : words)
            at(w).flags |= flags;
    }
    void tense(Words words, Tense t)
    {
        for (auto w : words)
            at(w).tense = t;
    }
    void rel(Words words, Rel r)
    {
        for (auto w : words)
            at(w).rel = r;
    }
    void unit(Words words, Unit u)
    {
        for (auto w : words)
            at(w).unit = u;
    }
    void trigger(Words words, quint32 family, quint32 flags = 0)
    {
        for (auto w : words) {
            at(w).family |= family;
            at(w).flags |= flags;
        }
    }
    // The forms of one verb: each knows its base form. A form listed under two verbs keeps the first.
    void verb(quint32 family, std::u16string_view base, Words forms, quint32 flags = 0)
    {
        m_lemmas.emplace_back(base);
        for (auto w : forms) {
            WordInfo &info = at(w);
            info.family |= family;
            info.flags |= flags;
            if (!info.lemma)
                info.lemma = quint16(m_lemmas.size() - 1);
        }
    }

    void buildIndex();

    struct Slot {
        std::u16string_view key;
        quint32 hash = 0;
        const WordInfo *info = nullptr;
    };
    std::unordered_map<std::u16string_view, WordInfo> m_map;
    std::vector<std::u16string> m_lemmas { std::u16string() };
    std::vector<Slot> m_slots;
    quint32 m_mask = 0;
};

void Table::buildIndex()
{
    size_t size = 1;
    while (size < m_map.size() * 4)
        size *= 2;
    m_slots.assign(size, {});
    m_mask = quint32(size - 1);
    for (const auto &[key, info] : m_map) {
        quint32 h = hashSeed;
        for (char16_t c : key)
            h = hashStep(h, c);
        quint32 i = h & m_mask;
        while (m_slots[i].info)
            i = (i + 1) & m_mask;
        m_slots[i] = { key, h, &info };
    }
}

Table::Table()
{
    // The keys are views: DateWords' lists live as long as the program.
    const auto view = [](const QString &w) {
        return std::u16string_view(reinterpret_cast<const char16_t *>(w.utf16()), size_t(w.size()));
    };
    for (qsizetype m = 0; m < DateWords::months().size(); ++m) {
        for (const QString &w : DateWords::months().at(m))
            at(view(w)).month = quint8(m + 1);
    }
    for (qsizetype d = 0; d < DateWords::weekdays().size(); ++d) {
        for (const QString &w : DateWords::weekdays().at(d))
            at(view(w)).weekday = quint8(d + 1);
    }
    const std::array<std::u16string_view, 12> numbers = { u"one", u"two", u"three", u"four", u"five", u"six", u"seven",
        u"eight", u"nine", u"ten", u"eleven", u"twelve" };
    for (int n = 0; n < 12; ++n)
        at(numbers.at(size_t(n))).count = qint8(n + 1);
    at(u"a").count = 1;
    at(u"an").count = 1;
    at(u"couple").count = 2;
    at(u"dozen").count = 12;
    flag({ u"several", u"many", u"multiple", u"few", u"some", u"numerous", u"dozens", u"hundreds", u"scores" }, Vague);

    at(u"early").part = 1;
    at(u"mid").part = 2;
    at(u"middle").part = 2;
    at(u"late").part = 3;
    at(u"spring").season = 1;
    at(u"summer").season = 2;
    at(u"autumn").season = 3;
    at(u"fall").season = 3;
    at(u"winter").season = 4;

    unit({ u"hour", u"hours", u"minutes", u"moments" }, Unit::Hour);
    unit({ u"day", u"days" }, Unit::Day);
    unit({ u"week", u"weeks" }, Unit::Week);
    unit({ u"weekend", u"weekends" }, Unit::Weekend);
    unit({ u"month", u"months" }, Unit::Month);
    unit({ u"year", u"years" }, Unit::Year);
    unit({ u"decade", u"decades" }, Unit::Decade);
    unit({ u"morning", u"afternoon", u"evening", u"night" }, Unit::PartOfDay);

    rel({ u"last", u"past" }, Rel::Last);
    rel({ u"next", u"coming" }, Rel::Next);
    rel({ u"this" }, Rel::This);
    rel({ u"previous", u"preceding", u"prior" }, Rel::Previous);
    rel({ u"following", u"subsequent" }, Rel::Following);
    rel({ u"earlier" }, Rel::Earlier);
    rel({ u"later" }, Rel::Later);
    rel({ u"ago" }, Rel::Ago);
    rel({ u"since" }, Rel::Since);
    rel({ u"same" }, Rel::Same);
    rel({ u"that" }, Rel::That);
    rel({ u"before" }, Rel::Before);
    rel({ u"after" }, Rel::After);
    rel({ u"ahead" }, Rel::Ahead);
    rel({ u"recently", u"recent" }, Rel::Recently);
    rel({ u"currently", u"current", u"ongoing", u"underway", u"now", u"presently" }, Rel::Present);
    rel({ u"today", u"tonight" }, Rel::Today);
    rel({ u"yesterday" }, Rel::Yesterday);
    rel({ u"tomorrow" }, Rel::Tomorrow);

    tense({ u"was", u"were", u"had", u"did", u"said", u"met", u"told", u"took", u"made", u"held", u"went", u"came",
              u"gave", u"began", u"became", u"ran", u"won", u"saw", u"shook", u"sat", u"spoke", u"led", u"left",
              u"brought", u"fought", u"sent", u"struck", u"stood", u"wrote", u"got", u"knew", u"thought", u"found",
              u"lost", u"paid", u"kept", u"felt", u"meant", u"drew", u"grew", u"threw", u"flew", u"broke", u"chose",
              u"rose", u"fell", u"sought", u"taught", u"caught", u"bought", u"built", u"sold", u"swore", u"drove",
              u"froze", u"dealt", u"ago" },
        Tense::Past);
    tense({ u"is", u"are", u"am", u"has", u"have", u"does", u"says", u"remains", u"continues", u"seems" },
        Tense::Present);
    tense({ u"will", u"shall", u"upcoming", u"scheduled", u"planned", u"plans", u"expected", u"tomorrow", u"should" },
        Tense::Future);

    flag(
        { u"the", u"a", u"an", u"and", u"or", u"of", u"in", u"on", u"at", u"to", u"for", u"with", u"by", u"from", u"as",
            u"but", u"if", u"it", u"its", u"he", u"she", u"they", u"we", u"i", u"you", u"his", u"her", u"their", u"our",
            u"my", u"this", u"that", u"these", u"those", u"there", u"then", u"than", u"also", u"however", u"meanwhile",
            u"despite", u"during", u"after", u"before", u"while", u"when", u"since", u"although", u"though",
            u"according", u"yet", u"still", u"even", u"just", u"both", u"all", u"some", u"many", u"such", u"no", u"not",
            u"so", u"what", u"where", u"who", u"which", u"why", u"how", u"is", u"was", u"were", u"are", u"be", u"been",
            u"has", u"have", u"had", u"will", u"would", u"can", u"could", u"may", u"might", u"should", u"must", u"do",
            u"does", u"did", u"said", u"says", u"once", u"again", u"now", u"today", u"yesterday", u"tomorrow", u"last",
            u"next", u"earlier", u"later", u"another", u"other", u"every", u"each", u"any", u"into", u"off", u"over",
            u"near", u"between", u"through", u"until", u"about", u"under", u"amid", u"among", u"whether", u"because",
            u"instead", u"here", u"like", u"unlike", u"former", u"first", u"new", u"more", u"most", u"only", u"even",
            u"whose", u"whom", u"let", u"please", u"yes", u"oh", u"well", u"sure", u"around", u"circa", u"ever",
            u"shortly", u"end", u"beginning", u"start", u"till", u"within", u"throughout" },
        Stop);
    flag({ u"the", u"this", u"these", u"those" }, Demonstrative);
    flag({ u"may", u"might", u"could", u"should", u"would", u"must" }, Modal);
    flag({ u"president", u"presidents", u"leader", u"leaders", u"minister", u"secretary", u"chairman", u"chairwoman",
             u"chancellor", u"prime", u"premier", u"king", u"queen", u"prince", u"princess", u"general", u"gen",
             u"admiral", u"senator", u"sen", u"rep", u"representative", u"governor", u"gov", u"mayor", u"ambassador",
             u"envoy", u"spokesman", u"spokeswoman", u"spokesperson", u"official", u"officials", u"professor", u"prof",
             u"dr", u"mr", u"mrs", u"ms", u"sir", u"lord", u"lady", u"pope", u"chief", u"supreme", u"commander",
             u"former", u"foreign", u"defence", u"defense", u"vice", u"deputy", u"sitting", u"acting", u"interim",
             u"dictator", u"chair", u"ceo", u"justice", u"unification", u"interior", u"finance", u"trade", u"state",
             u"sec", u"lt", u"col", u"capt", u"sgt", u"boss" },
        Title);
    flag({ u"in", u"at", u"to", u"into", u"off", u"over", u"near", u"across", u"inside", u"outside", u"through",
             u"toward", u"towards", u"onto" },
        PlacePreposition);
    flag({ u"missile", u"missiles", u"rocket", u"rockets", u"weapon", u"weapons", u"warhead", u"warheads",
             u"projectile", u"projectiles", u"icbm", u"icbms", u"nuclear", u"ballistic", u"hypersonic", u"bomb",
             u"bombs", u"drone", u"drones", u"torpedo", u"torpedoes", u"satellite", u"artillery", u"shells" },
        WeaponWord);
    flag({ u"missile", u"missiles", u"rocket", u"rockets", u"weapon", u"weapons", u"warhead", u"warheads",
             u"projectile", u"projectiles", u"icbm", u"icbms", u"bomb", u"bombs", u"drone", u"drones", u"torpedo",
             u"torpedoes", u"satellite", u"shells" },
        Noun);
    flag({ u"legislature", u"parliament", u"assembly", u"congress", u"lawmakers", u"legislators", u"delegates",
             u"rally", u"nation", u"plenum", u"convention", u"senate", u"crowd", u"supporters", u"troops", u"students",
             u"graduates", u"audience", u"politburo", u"congregation" },
        AudienceWord);
    flag({ u"law", u"emergency", u"war", u"independence", u"lockdown", u"curfew", u"victory", u"bankruptcy" },
        DecreeObject);
    flag({ u"after", u"before", u"when", u"while", u"which", u"who", u"whom", u"whose", u"where", u"but", u"although",
             u"though", u"because", u"whereas", u"until", u"unless", u"whether", u"amid" },
        ClauseBreak);
    flag({ u"coast", u"coastline", u"coasts", u"waters", u"sea", u"border", u"peninsula", u"strait", u"island",
             u"islands", u"region", u"capital", u"territory", u"zone", u"bay", u"gulf", u"ocean", u"river",
             u"mountains", u"waters", u"shore", u"airspace", u"frontier" },
        Geographic);
    flag({ u"western", u"eastern", u"northern", u"southern", u"west", u"east", u"north", u"south", u"central",
             u"northwestern", u"northeastern", u"southwestern", u"southeastern", u"northeast", u"northwest",
             u"southeast", u"southwest" },
        Direction);

    // Happening words by kind. Verbs are listed under their base form, which labels use ("fires", "collapses").
    verb(Meeting, u"meet", { u"met", u"meet", u"meets", u"meeting" });
    verb(Meeting, u"negotiate", { u"negotiated" });
    verb(Meeting, u"talk", { u"talked" });
    trigger({ u"conversation", u"conversations" }, Meeting, Noun);
    trigger({ u"phone", u"telephone" }, Meeting, Noun | NeedsObject); // "spoke by phone": a call
    trigger({ u"summit", u"meeting", u"handshake", u"reunion", u"negotiation" }, Meeting, Noun);
    trigger({ u"summits", u"meetings", u"talks", u"negotiations" }, Meeting, Noun | Plural);
    verb(Meeting, u"shake hands", { u"hands" }, NeedsObject);
    verb(Visit, u"visit", { u"visited", u"visiting" });
    verb(Visit, u"tour", { u"toured", u"touring" });
    verb(Visit, u"travel", { u"travels", u"traveled", u"travelled" });
    verb(Visit, u"cross", { u"crossed", u"crosses" });
    verb(Visit, u"arrive", { u"arrived", u"arrives" });
    trigger({ u"visit", u"trip", u"tour", u"arrival", u"journey" }, Visit, Noun);
    trigger({ u"visits", u"trips", u"tours" }, Visit, Noun | Plural);
    trigger({ u"foot", u"step", u"stepped", u"steps", u"stepping" }, Visit, NeedsObject);
    verb(WeaponTest, u"test-fire", { u"test-fired", u"test-fire", u"test-fires", u"test-firing" }, NeedsObject);
    verb(WeaponTest, u"test-launch", { u"test-launched", u"test-launch" }, NeedsObject);
    verb(WeaponTest, u"test", { u"tested", u"test", u"tests", u"testing" }, NeedsObject);
    verb(WeaponTest | Business, u"launch", { u"launched", u"launch", u"launches", u"launching" }, Ambiguous);
    verb(WeaponTest | Ouster, u"fire", { u"fired", u"fires", u"firing" }, Ambiguous);
    at(u"test").flags |= Noun;
    at(u"tests").flags |= Noun | Plural;
    at(u"launch").flags |= Noun;
    at(u"launches").flags |= Noun | Plural;
    at(u"firing").flags |= Noun;
    trigger({ u"war", u"invasion", u"attack", u"airstrike", u"shelling", u"bombing", u"offensive", u"clash", u"assault",
                u"raid", u"battle", u"fighting", u"incursion", u"ambush" },
        Conflict, Noun);
    trigger({ u"wars", u"attacks", u"airstrikes", u"exercises", u"drills", u"clashes", u"bombings", u"raids",
                u"battles", u"strikes" },
        Conflict, Noun | Plural);
    verb(Conflict, u"invade", { u"invaded", u"invades" });
    verb(Conflict, u"attack", { u"attacked" });
    verb(Conflict, u"bomb", { u"bombed" });
    verb(Conflict, u"clash", { u"clashed" });
    verb(Conflict, u"shell", { u"shelled" });
    verb(Conflict, u"shoot down", { u"downed" });
    verb(Conflict | Accident, u"strike", { u"struck" });
    verb(Conflict | Accident, u"hit", { u"hit" }, WeakTrigger);
    trigger({ u"mutiny", u"rebellion", u"revolt", u"uprising", u"insurrection", u"coup", u"insurgency", u"putsch" },
        Uprising, Noun);
    verb(Uprising, u"rebel", { u"rebelled" });
    verb(Uprising, u"mutiny", { u"mutinied" });
    verb(Uprising, u"march", { u"marched", u"marching" });
    trigger({ u"takeover", u"capture", u"seizure", u"withdrawal", u"retreat" }, Capture, Noun);
    verb(Capture, u"seize", { u"seized", u"seizing", u"seizes" }, NeedsObject);
    verb(Capture, u"capture", { u"captured", u"captures" }, NeedsObject);
    verb(Capture, u"occupy", { u"occupied", u"occupies" }, NeedsObject);
    verb(Capture, u"withdraw", { u"withdrew", u"withdrawn", u"withdraws" });
    verb(Capture, u"retreat", { u"retreated" });
    verb(Capture, u"turn back", { u"turned" }, NeedsObject);
    verb(Capture, u"take control", { u"control" }, NeedsObject);
    verb(Capture, u"enter", { u"entered", u"enters" }, NeedsObject);
    trigger({ u"agreement", u"treaty", u"accord", u"ceasefire", u"armistice", u"deal", u"pact", u"truce" }, Agreement,
        Noun);
    verb(Agreement, u"sign", { u"signed", u"signing" });
    verb(Agreement, u"agree", { u"agreed", u"agrees" });
    verb(Agreement, u"broker", { u"brokered" });
    verb(Office, u"appoint", { u"appointed", u"appoints" });
    verb(Office, u"hire", { u"hired", u"hiring", u"hire", u"hires" });
    verb(Office, u"inaugurate", { u"inaugurated" });
    verb(Office, u"join", { u"joined", u"joining", u"joins" });
    verb(Office, u"promote", { u"promoted" });
    verb(Office, u"nominate", { u"nominated" });
    verb(Office, u"name", { u"named" }, NeedsObject);
    verb(Office, u"move", { u"moved", u"moving" }, NeedsObject);
    verb(Office, u"return", { u"return", u"returned", u"returns", u"returning" }, NeedsObject);
    verb(Office | Election, u"elect", { u"elected", u"re-elected" });
    trigger({ u"appointment", u"inauguration", u"appointments", u"nomination" }, Office, Noun);
    verb(Office, u"take office", { u"office" }, NeedsObject);
    verb(Office, u"take power", { u"power" }, NeedsObject);
    verb(Office, u"be sworn in", { u"sworn" }, NeedsObject);
    verb(Ouster, u"oust", { u"ousted", u"ousting", u"ousts" });
    verb(Ouster, u"dismiss", { u"dismissed", u"dismisses" });
    verb(Ouster, u"remove", { u"removed", u"removes" });
    verb(Ouster, u"sack", { u"sacked" });
    verb(Ouster, u"terminate", { u"terminated" });
    verb(Ouster, u"axe", { u"axed" });
    verb(Ouster, u"topple", { u"toppled" });
    verb(Ouster, u"depose", { u"deposed" });
    verb(Ouster, u"overthrow", { u"overthrown" });
    verb(Ouster, u"impeach", { u"impeached" });
    verb(Ouster, u"expel", { u"expelled" });
    verb(Ouster, u"force out", { u"forced" }, NeedsObject);
    trigger(
        { u"ouster", u"ousting", u"dismissal", u"removal", u"termination", u"sacking", u"impeachment", u"downfall" },
        Ouster, Noun);
    trigger({ u"exit", u"departure" }, Ouster | Resignation, Noun);
    verb(Resignation, u"resign", { u"resigned", u"resigning", u"resigns" });
    verb(Resignation, u"quit", { u"quit", u"quits", u"quitting" });
    verb(Resignation, u"step down", { u"down" }, NeedsObject);
    verb(Resignation, u"retire", { u"retired", u"retires" });
    trigger({ u"resignation", u"retirement" }, Resignation, Noun);
    trigger({ u"election", u"referendum", u"vote", u"ballot", u"poll", u"survey", u"contest", u"runoff", u"primary",
                u"by-election" },
        Election, Noun);
    trigger({ u"elections", u"votes", u"polls", u"nominations", u"primaries" }, Election, Noun | Plural);
    verb(Election, u"vote", { u"voted" });
    trigger({ u"declared", u"declaring", u"declare", u"declares", u"imposed", u"imposing" }, Decree, NeedsObject);
    trigger({ u"speech", u"address" }, Speech, Noun | NeedsObject);
    trigger({ u"briefing", u"interview", u"conference", u"presser", u"appearance", u"remarks" }, Speech, Noun);
    trigger({ u"speeches", u"interviews", u"briefings" }, Speech, Noun | Plural);
    verb(Speech, u"tell", { u"told", u"tells" }, NeedsObject);
    verb(Speech, u"address", { u"addressed" }, NeedsObject);
    verb(Speech, u"speak", { u"spoke", u"speaks", u"spoken" }, WeakTrigger);
    verb(Statement, u"say", { u"said", u"says" }, WeakTrigger);
    verb(Statement, u"mention", { u"mentioned" }, WeakTrigger);
    verb(Statement, u"state", { u"stated" }, WeakTrigger);
    verb(Statement, u"announce", { u"announced", u"announcing", u"announces" }, WeakTrigger);
    verb(Statement, u"warn", { u"warned", u"warns" }, WeakTrigger);
    verb(Statement, u"vow", { u"vowed" }, WeakTrigger);
    verb(Statement, u"remark", { u"remarked" }, WeakTrigger);
    verb(Statement, u"claim", { u"claimed" }, WeakTrigger);
    verb(Statement, u"insist", { u"insisted", u"insists" }, WeakTrigger);
    verb(Statement, u"pledge", { u"pledged" }, WeakTrigger);
    verb(Statement, u"promise", { u"promised" }, WeakTrigger);
    verb(Statement, u"post", { u"posted", u"posting" }, WeakTrigger);
    verb(Statement, u"write", { u"wrote", u"writes" }, WeakTrigger);
    verb(Statement, u"tweet", { u"tweeted" }, WeakTrigger);
    verb(Statement, u"confirm", { u"confirmed", u"confirms" }, WeakTrigger);
    verb(Statement, u"report", { u"reported" }, WeakTrigger);
    verb(Statement, u"comment", { u"commented" }, WeakTrigger);
    verb(Statement, u"hint", { u"hinted" }, WeakTrigger);
    verb(Statement, u"share", { u"shared" }, WeakTrigger);
    verb(Statement, u"welcome", { u"welcomed" }, WeakTrigger);
    verb(Statement, u"applaud", { u"applauded" }, WeakTrigger);
    verb(Statement, u"reiterate", { u"reiterated" }, WeakTrigger);
    verb(Statement, u"voice", { u"voiced" }, WeakTrigger);
    verb(Statement, u"urge", { u"urged", u"urges" }, WeakTrigger);
    verb(Statement, u"apologise", { u"apologised", u"apologized" }, WeakTrigger);
    verb(Statement, u"acknowledge", { u"acknowledged" }, WeakTrigger);
    verb(Statement, u"admit", { u"admitted", u"admits" }, WeakTrigger);
    verb(Statement, u"deny", { u"denied", u"denies" }, WeakTrigger);
    verb(Statement, u"criticise", { u"criticised", u"criticized" }, WeakTrigger);
    verb(Statement, u"accuse", { u"accused", u"accuses" }, WeakTrigger);
    trigger({ u"statement", u"post", u"letter", u"announcement", u"message", u"tweet", u"video", u"apology", u"appeal",
                u"update", u"report", u"memo", u"recording" },
        Statement, Noun | WeakTrigger);
    trigger({ u"statements", u"posts", u"letters", u"messages", u"tweets", u"videos", u"updates", u"reports" },
        Statement, Noun | Plural | WeakTrigger);
    trigger({ u"collapse", u"crash", u"collision", u"explosion", u"blast", u"derailment", u"accident", u"disaster",
                u"blaze", u"sinking", u"capsizing" },
        Accident, Noun);
    trigger({ u"crashes", u"collisions", u"explosions", u"accidents" }, Accident, Noun | Plural);
    verb(Accident, u"collapse", { u"collapsed", u"collapsing", u"collapses" });
    verb(Accident, u"crash", { u"crashed" });
    verb(Accident, u"collide", { u"collided", u"collides" });
    verb(Accident, u"ram", { u"rammed" });
    verb(Accident, u"slam", { u"slammed" });
    verb(Accident, u"sink", { u"sank", u"sunk", u"sinks" });
    verb(Accident, u"derail", { u"derailed" });
    verb(Accident, u"explode", { u"exploded", u"explodes" });
    verb(Accident, u"capsize", { u"capsized" });
    trigger({ u"earthquake", u"quake", u"flood", u"storm", u"hurricane", u"typhoon", u"cyclone", u"tornado",
                u"wildfire", u"tsunami", u"landslide", u"eruption", u"drought", u"heatwave", u"outbreak" },
        Disaster, Noun);
    trigger({ u"floods", u"storms", u"wildfires", u"earthquakes" }, Disaster, Noun | Plural);
    verb(Disaster, u"erupt", { u"erupted" });
    verb(Casualty, u"kill", { u"killed", u"kills" });
    verb(Casualty, u"die", { u"died", u"dies" });
    verb(Casualty, u"injure", { u"injured" });
    trigger({ u"death" }, Casualty, Noun);
    trigger({ u"deaths" }, Casualty, Noun | Plural);
    trigger({ u"search", u"rescue", u"recovery", u"evacuation" }, Rescue, Noun);
    verb(Rescue, u"rescue", { u"rescued", u"rescues" });
    verb(Rescue, u"recover", { u"recovered", u"recovers" });
    verb(Rescue, u"evacuate", { u"evacuated" });
    verb(Rescue, u"find", { u"found", u"finds" }, NeedsObject);
    verb(Halt, u"suspend", { u"suspended", u"suspends" });
    verb(Halt, u"halt", { u"halted", u"halts" });
    verb(Halt, u"pause", { u"paused" });
    verb(Halt, u"call off", { u"off" }, NeedsObject);
    verb(Halt, u"end", { u"ended" }, NeedsObject);
    verb(Halt, u"cancel", { u"cancelled", u"canceled", u"cancels" });
    verb(Halt, u"scrap", { u"scrapped" });
    verb(Halt, u"abandon", { u"abandoned" });
    verb(Halt, u"reverse", { u"reversed" });
    trigger({ u"suspension", u"halt", u"cancellation", u"reversal", u"u-turn", u"axing" }, Halt, Noun);
    verb(Legal, u"charge", { u"charged" });
    verb(Legal, u"arrest", { u"arrested", u"arrests" });
    verb(Legal, u"indict", { u"indicted", u"indicts" });
    verb(Legal, u"convict", { u"convicted", u"convicts" });
    verb(Legal, u"sentence", { u"sentenced" });
    verb(Legal, u"sue", { u"sued", u"sues" });
    verb(Legal, u"jail", { u"jailed" });
    verb(Legal, u"acquit", { u"acquitted" });
    verb(Legal, u"rule", { u"ruled" });
    verb(Legal, u"fine", { u"fined" });
    verb(Legal, u"prosecute", { u"prosecuted" });
    trigger({ u"arrest", u"indictment", u"conviction", u"lawsuit", u"ruling", u"verdict", u"trial", u"investigation",
                u"probe", u"inquiry", u"prosecution", u"hearing" },
        Legal, Noun);
    trigger({ u"charges", u"arrests", u"lawsuits" }, Legal, Noun | Plural);
    trigger({ u"case" }, Legal, Noun | NeedsObject);
    verb(Business, u"invest", { u"invested", u"invests" });
    verb(Business, u"acquire", { u"acquired", u"acquires" });
    verb(Business, u"buy", { u"bought", u"buys" });
    verb(Business, u"merge", { u"merged" });
    verb(Business, u"release", { u"released", u"releases", u"releasing" });
    verb(Business, u"unveil", { u"unveiled", u"unveils" });
    verb(Business, u"develop", { u"developed" });
    verb(Business, u"build", { u"built" });
    verb(Business, u"transform", { u"transformed", u"transforms" });
    verb(Business, u"transition", { u"transitioned" });
    verb(Business, u"restructure", { u"restructured" });
    trigger({ u"investment", u"acquisition", u"merger", u"ipo", u"bankruptcy", u"layoffs" }, Business, Noun);
    verb(Founding, u"found", { u"founded" });
    verb(Founding, u"establish", { u"established" });
    verb(Founding, u"open", { u"opened", u"opens" });
    verb(Founding, u"create", { u"created" });
    trigger({ u"founding", u"opening" }, Founding, Noun);
    trigger({ u"protest", u"demonstration", u"riot" }, Incident, Noun);
    trigger({ u"protests", u"demonstrations", u"riots" }, Incident, Noun | Plural);
    verb(Incident, u"protest", { u"protested" });
    trigger({ u"mayday" }, Alert, Noun);
    verb(Alert, u"alert", { u"alerted" });
    trigger({ u"distress" }, Alert, Noun | NeedsObject);
    flag({ u"willing", u"open", u"want", u"wants", u"wanted", u"wanting", u"hope", u"hopes", u"hoped", u"hoping",
             u"plan", u"plans", u"planned", u"planning", u"aim", u"aims", u"aimed", u"expected", u"expects", u"ready",
             u"eager", u"likely", u"unlikely", u"seek", u"seeks", u"sought", u"try", u"tries", u"tried", u"intend",
             u"intends", u"asked", u"requested", u"offered", u"offers", u"like", u"love", u"wish", u"wishes", u"desire",
             u"refused", u"refuses", u"able", u"unable", u"chance", u"possibility", u"aspirations", u"odds",
             u"prospect", u"hopes", u"calls", u"called", u"threatened", u"threatening", u"threaten", u"threatens",
             u"vowing", u"considering", u"considered", u"would-be" },
        Intent);
    flag({ u"city", u"town", u"village", u"airport", u"base", u"headquarters", u"building", u"port", u"positions",
             u"territory", u"region", u"control", u"airfield", u"bridgehead" },
        Site);
    flag({ u"body", u"bodies", u"remains", u"wreckage", u"survivors", u"victims", u"dead", u"corpses", u"wreck" },
        BodyWord);
    flag({ u"photo", u"photos", u"photograph", u"photographs", u"picture", u"pictures", u"image", u"images", u"grab",
             u"screengrab", u"handout" },
        ImageWord);
    flag({ u"company", u"companies", u"firm", u"startup", u"start-up", u"ceo", u"cto", u"cfo", u"board", u"investors",
             u"investor", u"shares", u"shareholders", u"stock", u"corporation", u"corp", u"inc", u"ltd", u"executive",
             u"executives", u"cofounder", u"co-founder", u"founder", u"employees", u"staff", u"market", u"markets",
             u"revenue", u"profit", u"nonprofit", u"non-profit", u"bank", u"banks", u"industry", u"chatbot", u"product",
             u"valuation", u"funding", u"business", u"tech", u"chairman", u"airline", u"retailer" },
        BusinessCue);
    flag({ u"minister", u"ministers", u"government", u"party", u"parliament", u"cabinet", u"mp", u"mps", u"lawmakers",
             u"conservative", u"conservatives", u"labour", u"tory", u"tories", u"democrat", u"democrats", u"republican",
             u"republicans", u"senate", u"congress", u"politician", u"politicians", u"opposition", u"coalition",
             u"premier", u"chancellor", u"legislature", u"governor", u"mayor", u"presidency", u"administration",
             u"regime", u"kremlin" },
        PoliticsCue);
    flag({ u"troops", u"army", u"forces", u"soldiers", u"fighters", u"mercenaries", u"mercenary", u"military",
             u"missile", u"missiles", u"tanks", u"artillery", u"battalion", u"militia", u"rebels", u"warplanes",
             u"drones", u"navy", u"airstrikes", u"frontline", u"front" },
        MilitaryCue);
    flag({ u"court", u"judge", u"judges", u"prosecutors", u"prosecutor", u"lawsuit", u"jury", u"attorney", u"lawyer",
             u"lawyers", u"criminal", u"defendant", u"plaintiff", u"police", u"fbi", u"justice" },
        LegalCue);
    flag({ u"bridge", u"ship", u"vessel", u"plane", u"aircraft", u"train", u"collapse", u"victims", u"rescuers",
             u"divers", u"debris", u"wreckage", u"earthquake", u"flood", u"fire", u"firefighters", u"coast", u"crash",
             u"survivors", u"injured" },
        DisasterCue);
    flag({ u"no", u"not", u"never", u"without", u"neither", u"nor", u"cannot" }, Negation);
    flag({ u"he", u"she", u"they", u"it", u"we", u"two", u"both" }, Pronoun);
    // Words the trigger rules test by identity.
    flag({ u"back", u"call", u"calling", u"gained", u"legal", u"out", u"signal", u"newly", u"shake", u"shook",
             u"shaking", u"shakes", u"set", u"sets", u"setting", u"onto", u"across", u"inside", u"take", u"takes",
             u"taking", u"seized", u"assumed", u"left", u"any", u"another", u"future", u"possible", u"potential",
             u"proposed", u"renewed", u"fresh", u"impossible", u"uncertain", u"slim", u"doubtful", u"looks", u"toward",
             u"towards", u"about", u"can", u"for", u"shows", u"show", u"showing", u"pictured", u"seen" },
        0);
    tense({ u"he'll", u"she'll", u"they'll", u"we'll", u"i'll", u"it'll", u"you'll", u"going" }, Tense::Future);

    flag({ u"the", u"between", u"from", u"just", u"shortly", u"only", u"ever", u"that", u"several", u"few" }, Temporal);
    for (auto &[key, info] : m_map) {
        if (info.month || info.weekday || info.part || info.season || info.count || info.unit != Unit::None
            || info.rel != Rel::None)
            info.flags |= Temporal;
    }
    buildIndex();
}

const Table &table()
{
    static const Table t;
    return t;
}
}

const WordInfo *Lexicon::lookup(QStringView word)
{
    constexpr qsizetype maxLength = 24;
    if (word.isEmpty() || word.size() > maxLength)
        return nullptr;
    std::array<char16_t, maxLength> buffer;
    quint32 hash = Table::hashSeed;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t c = word.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        else if (Characters::isApostrophe(c))
            c = u'\'';
        else if (c > 127)
            c = QChar(c).toLower().unicode();
        buffer[size_t(i)] = c;
        hash = Table::hashStep(hash, c);
    }
    return table().find(std::u16string_view(buffer.data(), size_t(word.size())), hash);
}

QStringView Lexicon::lemma(const WordInfo *word)
{
    if (!word || !word->lemma)
        return {};
    const std::u16string_view base = table().lemma(word->lemma);
    return { base.data(), qsizetype(base.size()) };
}
