// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysis/analyzer.h"
#include "corpus/corpusloader.h"

#include <QLabel>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_placeholder(new QLabel(tr("Open a corpus folder to begin."), this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(m_placeholder);
    resize(1280, 800);
}

void MainWindow::openPath(const QString &path)
{
    const CorpusLoader::Result loaded = CorpusLoader::load(path);
    if (!loaded.ok()) {
        statusBar()->showMessage(loaded.error);
        return;
    }
    m_placeholder->setText(
        tr("%n article(s) in %1", nullptr, int(loaded.corpus.articles.size())).arg(loaded.corpus.name));
}
