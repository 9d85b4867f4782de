#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QString>

#include <functional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace hci {

class TagLookup;

// The tag list of the override editor: the image's tags from its registry, newest version first,
// each marked (default, newest, supported window, rootless), offered as the person types. It fills
// in when the lookup answers; until then, or when the registry is out of reach, typing works alone.
class TagCompleter : public QObject
{
    Q_OBJECT

public:
    TagCompleter(QLineEdit *editor, TagLookup *lookup);

    // Where the list opens, in the editor's coordinates: under the editor and its hint.
    void setAnchor(std::function<QRect()> anchor) { m_anchor = std::move(anchor); }

    // Looks up the image of `current`; the default marks its tag in the list.
    void start(const QString &current, const QString &defaultValue, const QString &field = {});
    // The person typed: the list narrows to the tags that contain the tag part of the text.
    void textEdited(const QString &text);
    // Opens the whole list once, if the tags are known and nothing was typed yet.
    void offer();
    // Every tag, e.g. on the Down key.
    void showList();
    bool isListVisible() const;
    int tagCount() const;
    // Why there is no list to show (no lookup, still looking, registry out of reach, no tags), translated.
    QString whyNoList() const;
    QCompleter *completer() const { return m_completer; }

    // What the registry's tags say about the reference the editor would set ("no such tag",
    // "outside the supported window", "older than the default", "could not look up"), or nothing.
    QString note(const QString &resolvedReference, bool *warning) const;

Q_SIGNALS:
    void tagsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void complete(const QString &prefix);
    // The tag part of typed text when it names this image (or is a bare tag); null otherwise.
    QString tagPrefix(const QString &text) const;

    QLineEdit *m_editor;
    QPointer<TagLookup> m_lookup;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    std::function<QRect()> m_anchor;
    QString m_current;
    QString m_default;
    QString m_field;
    QString m_key;
    bool m_offered = false; // the full list was shown once on its own; later it waits to be asked
};

} // namespace hci
