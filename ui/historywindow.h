#pragma once

#include "store/history.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hci {

// Every apply this app made, newest first, filtered by profile and scope: the fields with their
// values before and after, what the server confirmed, the correlation IDs. A row exports as CSV;
// Revert queues the inverse of an apply for review in the main window.
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryWindow(History *history, QWidget *parent = nullptr);

    void refresh();
    // The selected apply's id, or 0.
    qint64 selectedId() const;
    bool selectApply(qint64 id);
    // Writes the selected apply as CSV; false with a message in the window when it cannot.
    bool exportSelected(const QString &path);
    // A line under the table, e.g. why a revert cannot be done from here.
    void showStatus(const QString &text);
    QTableWidget *appliesTable() const { return m_applies; }
    QTableWidget *fieldsTable() const { return m_fields; }

Q_SIGNALS:
    void revertRequested(qint64 id);

private:
    HistoryFilter filter() const;
    void showSelected();
    void askForCsvPath();

    History *m_history;
    QList<ApplyRecord> m_records;
    QComboBox *m_profile;
    QComboBox *m_module;
    QComboBox *m_infra;
    QTableWidget *m_applies;
    QTableWidget *m_fields;
    QLabel *m_details;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_revert;
};

} // namespace hci
