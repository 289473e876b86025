// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QStandardPaths>
#include <QStringList>
#include <QTimer>
#include <QWidget>

// What the window and panel tests share.
namespace WidgetTestSupport
{
// A panel test's initTestCase: settings and data in the test folders, and the font its expected
// sizes and grabs were made with, whatever the machine's default.
inline void initWidgetTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
}

// While it lives, closes every message box that opens and keeps its text, so a test can say which
// dialogs the window showed (one, not two; with which words) without a person to close them. It
// looks every `intervalMs`, from the event loop a box's exec() or QTest::qWait() runs.
class MessageBoxCollector
{
public:
    explicit MessageBoxCollector(int intervalMs = 10)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_texts.append(box->text());
                box->close();
            }
        });
        m_timer.start(intervalMs);
    }
    MessageBoxCollector(const MessageBoxCollector &) = delete;
    MessageBoxCollector &operator=(const MessageBoxCollector &) = delete;

    // The texts of the boxes closed so far, in order.
    QStringList texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};

// Saves `image` as `fileName` when PARALLAX_SCREENSHOT_DIR names a folder, so that a person can look
// at what a test built. Never asserted on.
inline void maybeSave(const QImage &image, const QString &fileName)
{
    const QString dir = qEnvironmentVariable("PARALLAX_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(fileName));
}

inline void maybeScreenshot(QWidget &widget, const QString &fileName)
{
    maybeSave(widget.grab().toImage(), fileName);
}

// Distinct colours in an image, counted on a coarse grid: a blank grab has one or two.
inline int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// The part of a window named `name` (its object name, as MainWindow names its views and their
// models), nullptr when there is none: tests reach a window's views as an analyst does, not
// through getters.
template<typename T>
T *part(const QObject &window, const char *name)
{
    return window.findChild<T *>(QLatin1String(name));
}

// A menu's action by object name, as the menus name the actions tests drive.
inline QAction *menuAction(const QMenu &menu, const QString &name)
{
    const QList<QAction *> actions = menu.actions();
    for (QAction *a : actions) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}
}
