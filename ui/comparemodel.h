#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace hci {

class ConfigDocument;
struct FieldComparison;

// One row per image field of two scopes set side by side (the window's and another), with what
// each has: its override, or its default. A row differs when the overrides differ. A thin adapter:
// the documents say what a row shows.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, HereColumn, ThereColumn, DiffersColumn, ColumnCount };
    enum Role { FieldKeyRole = Qt::UserRole + 1, DiffersRole, QueuedThereRole };

    explicit CompareModel(QObject *parent = nullptr);

    // The window's document, and the other side's (nullptr while none is loaded). Neither is changed.
    void setDocuments(const ConfigDocument *here, const ConfigDocument *there);
    void setSideNames(const QString &here, const QString &there);

    QString fieldAt(int row) const;
    int differingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void fieldChanged(const QString &field);
    bool differs(const QString &field) const;
    QString valueText(const ConfigDocument *document, const QString &field) const;
    QString queuedText(const ConfigDocument *document, const QString &field) const;

    QPointer<const ConfigDocument> m_here;
    QPointer<const ConfigDocument> m_there;
    QString m_hereName;
    QString m_thereName;
    QStringList m_fields;
};

// Shows every row, or only the rows that differ.
class CompareFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CompareFilterModel(QObject *parent = nullptr);

    bool onlyDifferences() const { return m_onlyDifferences; }
    void setOnlyDifferences(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyDifferences = false;
};

} // namespace hci
