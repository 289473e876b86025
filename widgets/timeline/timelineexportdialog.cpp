// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineexportdialog.h"

#include "common/exportfiledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>

TimelineExportDialog::TimelineExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_wholeRange(new QRadioButton(tr("Whole range"), this))
    , m_currentView(new QRadioButton(tr("Current view"), this))
    , m_title(new QLineEdit(this))
    , m_legend(new QCheckBox(tr("Draw a legend"), this))
    , m_background(new QComboBox(this))
    , m_colours(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Export Timeline"));
    const QSettings settings;
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &TimelineExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    for (QSpinBox *box : { m_width, m_height }) {
        box->setRange(200, 20000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(settings.value(QStringLiteral("export/width"), 1920).toInt());
    m_height->setValue(settings.value(QStringLiteral("export/height"), 720).toInt());
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();

    m_scale->addItem(tr("1× (screen)"), 1.0);
    m_scale->addItem(tr("2× (sharp slides)"), 2.0);
    m_scale->addItem(tr("3× (print)"), 3.0);
    m_scale->setCurrentIndex(m_scale->findData(settings.value(QStringLiteral("export/scale"), 2.0).toDouble()));
    m_scale->setToolTip(tr("Multiplies the pixels of a PNG; SVG and PDF are vector and stay sharp at any size."));

    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_wholeRange);
    rangeRow->addWidget(m_currentView);
    rangeRow->addStretch();
    m_wholeRange->setChecked(true);

    m_legend->setChecked(settings.value(QStringLiteral("export/legend"), true).toBool());
    m_background->addItem(tr("Solid"));
    m_background->addItem(tr("Transparent"));
    m_background->setCurrentIndex(settings.value(QStringLiteral("export/transparent"), false).toBool() ? 1 : 0);

    for (ReportPalette::Scheme scheme :
        { ReportPalette::Scheme::Light, ReportPalette::Scheme::Dark, ReportPalette::Scheme::Window })
        m_colours->addItem(ReportPalette::name(scheme), int(scheme));
    m_colours->setObjectName(QStringLiteral("exportColours"));
    m_colours->setToolTip(tr("Light suits printed reports whatever the window looks like"));
    m_colours->setCurrentIndex(std::max(
        0, m_colours->findData(settings.value(QStringLiteral("export/colours"), int(ReportPalette::Scheme::Light)))));

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Range:"), rangeRow);
    form->addRow(tr("Title:"), m_title);
    form->addRow(QString(), m_legend);
    form->addRow(tr("Colours:"), m_colours);
    form->addRow(tr("Background:"), m_background);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TimelineExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TimelineExportDialog::reject);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_path->setMinimumWidth(360);
    setPath({});
}

void TimelineExportDialog::setPath(const QString &path)
{
    m_path->setText(
        path.isEmpty() ? QDir(ExportFileDialog::startFolder()).filePath(QStringLiteral("timeline.png")) : path);
}

QString TimelineExportDialog::errorText() const
{
    return m_error->text();
}

void TimelineExportDialog::setWriter(Writer writer, double viewStart, double viewEnd)
{
    m_writer = std::move(writer);
    m_viewStart = viewStart;
    m_viewEnd = viewEnd;
}

QString TimelineExportDialog::path() const
{
    return m_path->text().trimmed();
}

void TimelineExportDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

bool TimelineExportDialog::currentViewOnly() const
{
    return m_currentView->isChecked();
}

TimelineExportOptions TimelineExportDialog::options(double viewStart, double viewEnd) const
{
    TimelineExportOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->currentData().toDouble();
    if (currentViewOnly()) {
        o.from = viewStart;
        o.to = viewEnd;
    }
    o.title = m_title->text();
    o.legend = m_legend->isChecked();
    o.transparent = m_background->currentIndex() == 1;
    o.colours = ReportPalette::Scheme(m_colours->currentData().toInt());
    return o;
}

void TimelineExportDialog::browse()
{
    const QString file = ExportFileDialog::getSaveFileName(this, tr("Export Timeline"), path(),
        { { tr("PNG image"), QStringLiteral("png") }, { tr("SVG drawing"), QStringLiteral("svg") },
            { tr("PDF document"), QStringLiteral("pdf") } });
    if (!file.isEmpty())
        m_path->setText(file);
}

void TimelineExportDialog::accept()
{
    // A problem is said in the dialog, which stays open so the analyst can change the file or the size.
    const auto fail = [this](const QString &error) {
        m_error->setText(error);
        m_error->show();
    };
    if (!TimelineExporter::formatFor(path()))
        return fail(tr("Choose a file name ending in .png, .svg or .pdf."));
    if (m_writer) {
        if (const Error error = m_writer(path(), options(m_viewStart, m_viewEnd)); !error.ok())
            return fail(error.message);
    }
    m_error->hide();
    m_error->clear();
    ExportFileDialog::rememberFolder(path());
    QSettings settings;
    settings.setValue(QStringLiteral("export/width"), m_width->value());
    settings.setValue(QStringLiteral("export/height"), m_height->value());
    settings.setValue(QStringLiteral("export/scale"), m_scale->currentData());
    settings.setValue(QStringLiteral("export/legend"), m_legend->isChecked());
    settings.setValue(QStringLiteral("export/transparent"), m_background->currentIndex() == 1);
    settings.setValue(QStringLiteral("export/colours"), m_colours->currentData());
    QDialog::accept();
}
