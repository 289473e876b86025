// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/lexicon.h"

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
    void trigger(Words words, quint16 family, quint32 flags = 0)
    {
        for (auto w : words) {
            at(w).family |= family;
            at(w).flags |= flags;
        }
    }

    void buildIndex();

    struct Slot {
        std::u16string_view key;
        quint32 hash = 0;
        const WordInfo *info = nullptr;
    };
    std::unordered_map<std::u16string_view, WordInfo> m_map;
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
    const Words months[] = { { u"january", u"jan" }, { u"february", u"feb" }, { u"march", u"mar" },
        { u"april", u"apr" }, { u"may" }, { u"june", u"jun" }, { u"july", u"jul" }, { u"august", u"aug" },
        { u"september", u"sep", u"sept" }, { u"october", u"oct" }, { u"november", u"nov" }, { u"december", u"dec" } };
    for (int m = 0; m < 12; ++m) {
        for (auto w : months[m])
            at(w).month = quint8(m + 1);
    }
    const std::u16string_view weekdays[]
        = { u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday" };
    for (int d = 0; d < 7; ++d)
        at(weekdays[d]).weekday = quint8(d + 1);
    const std::u16string_view numbers[] = { u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight",
        u"nine", u"ten", u"eleven", u"twelve" };
    for (int n = 0; n < 12; ++n)
        at(numbers[n]).count = qint8(n + 1);
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
    tense({ u"will", u"shall", u"upcoming", u"scheduled", u"planned", u"plans", u"expected", u"tomorrow" },
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
             u"sec", u"lt", u"col", u"capt", u"sgt" },
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
             u"conference", u"graduates", u"audience", u"politburo", u"congregation" },
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

    trigger({ u"summit", u"meeting", u"handshake", u"reunion", u"negotiation" }, Meeting, Noun);
    trigger({ u"summits", u"meetings", u"talks", u"negotiations" }, Meeting, Noun | Plural);
    trigger({ u"met", u"meet", u"meets", u"negotiated" }, Meeting);
    trigger({ u"hands" }, Meeting, NeedsObject);
    trigger({ u"visit", u"trip", u"tour", u"arrival", u"journey" }, Visit, Noun);
    trigger({ u"visits", u"trips", u"tours" }, Visit, Noun | Plural);
    trigger({ u"visited", u"visiting", u"toured", u"touring", u"travels", u"traveled", u"travelled", u"crossed",
                u"arrived" },
        Visit);
    trigger({ u"foot", u"step", u"stepped", u"steps", u"stepping" }, Visit, NeedsObject);
    trigger({ u"test-fired", u"test-fire", u"test-fires", u"test-firing", u"launched", u"launch", u"launches",
                u"launching", u"fired", u"fires", u"firing", u"tested", u"test", u"tests", u"testing", u"test-launched",
                u"test-launch", u"launch" },
        WeaponTest, NeedsObject);
    at(u"test").flags |= Noun;
    at(u"tests").flags |= Noun | Plural;
    at(u"launch").flags |= Noun;
    at(u"launches").flags |= Noun | Plural;
    trigger({ u"war", u"invasion", u"attack", u"airstrike", u"shelling", u"bombing", u"offensive", u"clash" }, Conflict,
        Noun);
    trigger({ u"wars", u"attacks", u"airstrikes", u"exercises", u"drills", u"clashes", u"bombings" }, Conflict,
        Noun | Plural);
    trigger({ u"invaded", u"attacked", u"bombed", u"clashed", u"shelled", u"struck" }, Conflict);
    trigger({ u"agreement", u"treaty", u"accord", u"ceasefire", u"armistice", u"deal", u"pact" }, Agreement, Noun);
    trigger({ u"signed", u"signing", u"agreed" }, Agreement);
    trigger({ u"election", u"inauguration" }, Office, Noun);
    trigger({ u"elections" }, Office, Noun | Plural);
    trigger({ u"elected", u"re-elected", u"inaugurated", u"appointed" }, Office);
    trigger({ u"office", u"sworn", u"power" }, Office, NeedsObject);
    trigger({ u"ouster", u"impeachment", u"resignation", u"coup", u"arrest" }, Ouster, Noun);
    trigger({ u"ousted", u"impeached", u"resigned", u"toppled", u"arrested", u"indicted", u"jailed", u"deposed",
                u"overthrown" },
        Ouster);
    trigger({ u"declared", u"declaring", u"declare", u"declares", u"imposed", u"imposing" }, Decree, NeedsObject);
    trigger({ u"speech", u"address" }, Speech, Noun | NeedsObject);
    trigger({ u"speeches" }, Speech, Noun | Plural);
    trigger({ u"told", u"addressed", u"tells" }, Speech, NeedsObject);
    trigger({ u"said", u"mentioned", u"stated", u"announced", u"warned", u"vowed", u"remarked", u"claimed", u"insisted",
                u"pledged", u"promised" },
        Statement, WeakTrigger);
    trigger({ u"crash", u"explosion", u"earthquake", u"protest", u"fire", u"flood", u"storm", u"hurricane", u"typhoon",
                u"shooting", u"collapse" },
        Incident, Noun);
    trigger({ u"crashes", u"protests", u"floods" }, Incident, Noun | Plural);
    trigger({ u"crashed", u"died", u"killed", u"exploded", u"protested" }, Incident);
    // "fire" as a noun is an incident, as a verb a launch: the weapon rule decides, so keep it out of both.
    at(u"fire").family = NoFamily;
    flag({ u"willing", u"open", u"want", u"wants", u"wanted", u"wanting", u"hope", u"hopes", u"hoped", u"hoping",
             u"plan", u"plans", u"planned", u"planning", u"aim", u"aims", u"aimed", u"expected", u"expects", u"ready",
             u"eager", u"likely", u"unlikely", u"seek", u"seeks", u"sought", u"try", u"tries", u"tried", u"intend",
             u"intends", u"asked", u"requested", u"offered", u"offers", u"like", u"love", u"wish", u"wishes", u"desire",
             u"refused", u"refuses", u"able", u"unable", u"chance", u"possibility", u"aspirations", u"odds",
             u"prospect", u"hopes", u"calls", u"called" },
        Intent);
    flag({ u"no", u"not", u"never", u"without", u"neither", u"nor", u"cannot" }, Negation);
    flag({ u"he", u"she", u"they", u"it", u"we", u"two", u"both" }, Pronoun);
    // Words the trigger rules test by identity.
    flag({ u"shake", u"shook", u"shaking", u"shakes", u"set", u"sets", u"setting", u"onto", u"across", u"inside",
             u"take", u"takes", u"taking", u"seized", u"assumed", u"left", u"any", u"another", u"future", u"possible",
             u"potential", u"proposed", u"renewed", u"fresh", u"impossible", u"uncertain", u"slim", u"doubtful",
             u"looks", u"toward", u"towards", u"about", u"can", u"for" },
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
    char16_t buffer[maxLength];
    quint32 hash = Table::hashSeed;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t c = word.at(i).unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        else if (c == u'\u2019')
            c = u'\'';
        else if (c > 127)
            c = QChar(c).toLower().unicode();
        buffer[i] = c;
        hash = Table::hashStep(hash, c);
    }
    return table().find(std::u16string_view(buffer, size_t(word.size())), hash);
}

const char *Lexicon::categoryOf(quint16 families)
{
    if (families & (WeaponTest | Conflict))
        return "military";
    if (families & (Meeting | Visit | Agreement))
        return "diplomacy";
    if (families & (Office | Ouster | Decree | Speech | Statement))
        return "politics";
    return "other";
}
