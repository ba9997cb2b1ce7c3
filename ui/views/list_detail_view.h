#pragma once
// A searchable list on the left and an HTML page about the selected record on the right; the
// shape of the Certifications and Education views.

#include "app/view.h"
#include "models/record_list_model.h"

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTextBrowser;

namespace hp::ui {

class ListDetailView : public View {
    Q_OBJECT
public:
    ListDetailView(RecordListModel::Loader loader, const QString &listName, const QString &intro, QWidget *parent = nullptr);

    void selectRecord(const QString &id);
    QString selectedId() const;
    QListView *list() const { return m_list; }
    QTextBrowser *details() const { return m_details; }
    std::unique_ptr<QTextDocument> printableDocument() const override;
    void reload();

protected:
    virtual QString detailsHtml(const QString &id) const = 0;
    void refreshDetails();

private:
    RecordListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace hp::ui
