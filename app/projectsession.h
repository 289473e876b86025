// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisjob.h"

#include <QObject>

struct AnnotationAnchor;
class ActionRegistry;
class AnnotationPanel;
class ProjectDocument;
class QAction;
class QWidget;

// The project's part of the window: the annotations panel, the project actions (File > Open
// Project…, Save Project As…, Edit > Undo, Redo, Annotate Discrepancy…), the Annotate dialog and the
// dialogs through which the document asks its questions (create a project file, where, read a corpus
// folder outside the project). What it changes, it changes in the document.
class ProjectSession : public QObject
{
    Q_OBJECT
public:
    // The text to annotate is the document selection's (DocumentSelection::textSpan()); an activated
    // anchor is shown through it too. `window` parents the dialogs.
    ProjectSession(ProjectDocument *document, const ActionRegistry &actions, QWidget *window);

    AnnotationPanel *panel() const { return m_panel; }

    // Opens the Annotate dialog for the selected text of the current article (or its emphasised span).
    void annotateSelection();
    // Opens the Annotate dialog anchored on one quote, on every rendering of a statement, or on an
    // event's mentions, each named by its id.
    void annotateQuote(const QString &quoteId);
    void annotateStatement(const QString &statementId);
    void annotateEvent(const QString &eventId);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeout);

private:
    void createActions(const ActionRegistry &actions);
    void annotate(const QList<AnnotationAnchor> &anchors);
    void chooseProject();
    void saveProjectAs();
    void updateActions();

    ProjectDocument *m_document;
    QWidget *m_window;
    AnnotationPanel *m_panel;
    QAction *m_saveAs = nullptr;
    QAction *m_annotate = nullptr;
};
