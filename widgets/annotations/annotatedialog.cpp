// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotatedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
enum AnchorColumn { RoleColumn, TextColumn, StateColumn };
}

AnnotateDialog::AnnotateDialog(QWidget *parent)
    : QDialog(parent)
    , m_category(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_author(new QLineEdit(this))
    , m_anchors(new QTableWidget(0, 3, this))
    , m_removeAnchor(new QPushButton(tr("Remove anchor"), this))
{
    setWindowTitle(tr("Annotate Discrepancy"));
    for (AnnotationCategory c : allAnnotationCategories())
        m_category->addItem(annotationCategoryLabel(c), int(c));
    for (AnnotationSeverity s : { AnnotationSeverity::Low, AnnotationSeverity::Medium, AnnotationSeverity::High })
        m_severity->addItem(annotationSeverityLabel(s), int(s));
    m_note->setPlaceholderText(tr("What differs, and why it matters"));
    m_note->setTabChangesFocus(true);
    m_author->setPlaceholderText(tr("Your name, kept for the next annotations"));

    m_anchors->setHorizontalHeaderLabels({ tr("Role"), tr("Annotated text"), tr("State") });
    m_anchors->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_anchors->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_anchors->verticalHeader()->hide();
    m_anchors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_anchors->setSelectionMode(QAbstractItemView::SingleSelection);
    m_anchors->setWordWrap(true);
    connect(m_removeAnchor, &QPushButton::clicked, this, &AnnotateDialog::removeSelectedAnchor);
    connect(m_anchors, &QTableWidget::itemSelectionChanged, this,
        [this] { m_removeAnchor->setEnabled(!m_anchors->selectedItems().isEmpty()); });
    m_removeAnchor->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Author:"), m_author);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Anchors (name each role, e.g. which outlet is which):"), this));
    layout->addWidget(m_anchors, 1);
    layout->addWidget(m_removeAnchor, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    resize(640, 520);
}

void AnnotateDialog::setAnnotation(const Annotation &annotation)
{
    m_annotation = annotation;
    m_category->setCurrentIndex(m_category->findData(int(annotation.category)));
    m_severity->setCurrentIndex(m_severity->findData(int(annotation.severity)));
    m_note->setPlainText(annotation.note);
    m_author->setText(annotation.author);
    fillAnchors();
}

void AnnotateDialog::fillAnchors()
{
    m_anchors->setRowCount(int(m_annotation.anchors.size()));
    for (int row = 0; row < m_annotation.anchors.size(); ++row) {
        const AnnotationAnchor &anchor = m_annotation.anchors.at(row);
        auto *role = new QTableWidgetItem(anchor.role);
        auto *text = new QTableWidgetItem(anchor.target.quote.exact);
        text->setFlags(text->flags() & ~Qt::ItemIsEditable);
        text->setToolTip(QStringLiteral("…%1[%2]%3…\n%4")
                             .arg(anchor.target.quote.prefix, anchor.target.quote.exact, anchor.target.quote.suffix,
                                 anchor.target.articleId));
        auto *state = new QTableWidgetItem(anchor.state == AnchorState::Orphaned
                ? tr("orphaned")
                : (anchor.previousExact.isNull() ? tr("attached") : tr("text changed")));
        state->setFlags(state->flags() & ~Qt::ItemIsEditable);
        m_anchors->setItem(row, RoleColumn, role);
        m_anchors->setItem(row, TextColumn, text);
        m_anchors->setItem(row, StateColumn, state);
    }
    m_anchors->resizeRowsToContents();
    updateOk();
}

void AnnotateDialog::removeSelectedAnchor()
{
    const QList<QTableWidgetItem *> selected = m_anchors->selectedItems();
    if (selected.isEmpty())
        return;
    // Keep the roles typed so far before rebuilding the table.
    m_annotation = annotation();
    m_annotation.anchors.removeAt(selected.constFirst()->row());
    fillAnchors();
}

void AnnotateDialog::updateOk()
{
    if (m_ok)
        m_ok->setEnabled(!m_annotation.anchors.isEmpty());
}

Annotation AnnotateDialog::annotation() const
{
    Annotation a = m_annotation;
    a.category = AnnotationCategory(m_category->currentData().toInt());
    a.severity = AnnotationSeverity(m_severity->currentData().toInt());
    a.note = m_note->toPlainText();
    a.author = m_author->text().trimmed();
    for (int row = 0; row < a.anchors.size() && row < m_anchors->rowCount(); ++row) {
        if (const QTableWidgetItem *role = m_anchors->item(row, RoleColumn))
            a.anchors[row].role = role->text().trimmed();
    }
    return a;
}
