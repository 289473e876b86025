// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpmenu.h"

#include "actionregistry.h"
#include "common/handbookwindow.h"
#include "core/logging.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>

HelpMenu::HelpMenu(QMenuBar *bar, ActionRegistry &actions, QWidget *window)
    : QObject(window)
    , m_window(window)
{
    QMenu *help = bar->addMenu(tr("&Help"));
    actions.addMenu(QStringLiteral("help"), help);
    QAction *handbook = help->addAction(
        QIcon::fromTheme(QStringLiteral("help-contents")), tr("Parallax &Handbook"), this, [this] { showHandbook(); });
    handbook->setShortcut(QKeySequence::HelpContents);
    actions.addAction(QStringLiteral("help.handbook"), handbook);
    QAction *report = help->addAction(tr("&Report a Problem…"), this, &HelpMenu::reportProblem);
    actions.addAction(QStringLiteral("help.reportProblem"), report);
    help->addSeparator();
    QAction *aboutAction = help->addAction(
        QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Parallax"), this, &HelpMenu::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    actions.addAction(QStringLiteral("help.about"), aboutAction);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    actions.addAction(QStringLiteral("help.aboutQt"), aboutQt);
}

HandbookWindow *HelpMenu::showHandbook()
{
    // A window of its own beside the main one, so the analyst can read and work at once.
    if (!m_handbook) {
        m_handbook = new HandbookWindow(m_window);
        m_handbook->setWindowFlag(Qt::Window);
        m_handbook->setAttribute(Qt::WA_DeleteOnClose);
        m_handbook->setWindowTitle(tr("Parallax Handbook"));
        m_handbook->resize(900, 640);
    }
    m_handbook->show();
    m_handbook->raise();
    m_handbook->activateWindow();
    return m_handbook;
}

QString HelpMenu::diagnostics()
{
    const QString log = Logging::logFilePath();
    return tr("Parallax %1, Qt %2 (built with %3), %4")
               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                   QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName())
        + QLatin1Char('\n') + (log.isEmpty() ? tr("Log: not written to a file") : tr("Log: %1").arg(log));
}

void HelpMenu::reportProblem()
{
    QMessageBox box(QMessageBox::Information, tr("Report a Problem"),
        tr("Tell the Parallax maintainers what you did, what you expected and what happened instead, with "
           "the details below and, when you can, the corpus folder or the article concerned."),
        QMessageBox::Close, m_window);
    box.setInformativeText(diagnostics());
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *copy = box.addButton(tr("Copy Details"), QMessageBox::ActionRole);
    connect(copy, &QPushButton::clicked, &box, [] { QApplication::clipboard()->setText(diagnostics()); });
    box.exec();
}

void HelpMenu::about()
{
    QMessageBox::about(m_window, tr("About Parallax"),
        tr("<h3>Parallax %1</h3><p>Compare how news outlets cover one story: an event timeline, the quotes "
           "of each statement side by side, and your annotations.</p><p>Free software under the GNU General "
           "Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}
