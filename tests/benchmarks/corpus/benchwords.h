// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchrng.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Invented names and plain English phrases for the benchmark corpus: people, places and outlets
// made of syllables, so that no real text and no development-set wording is ever written.
namespace BenchWords
{
// "Talven Moriku": a first name and a surname of two or three syllables.
QString personName(BenchRng &rng);
// "Brisanth", "Port Keleva".
QString placeName(BenchRng &rng);
// A capitalised made-up word, for organisations and topics.
QString properWord(BenchRng &rng);
// "The Karudo Herald"; `index` makes each outlet's name its own.
QString outletName(BenchRng &rng);
// "minister of transport", "chief executive of Velen Mining".
QString role(BenchRng &rng, const QString &place);
// A news photo agency or photographer credit.
QString agency(BenchRng &rng);

QString monthName(int month);
QString weekdayName(int weekday);
// A number as news writes it: words up to ten, digits above.
QString count(int n);

// Plain news prose around the quotes and events: officials, figures, background.
QString fillerSentence(BenchRng &rng, const QString &place, const QString &topic);
// A headline-cased title for an article of a story.
QString headline(BenchRng &rng, const QString &place, const QString &topic, const QString &speakerSurname);
// The words of a statement someone makes: one to three clauses of plain spoken English.
QStringList statementWords(BenchRng &rng, const QString &place, const QString &topic);
}
