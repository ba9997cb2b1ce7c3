#pragma once
// Certifications: every credential with its issuing body, exam format, prerequisites, fee with its
// date, renewal rules and the roles that value it — each fact with its source and status.

#include "views/list_detail_view.h"

namespace hp {
class KnowledgeBase;
}

namespace hp::ui {

class CertificationsView : public ListDetailView {
    Q_OBJECT
public:
    explicit CertificationsView(KnowledgeBase &kb, QWidget *parent = nullptr);
    QString title() const override;

protected:
    QString detailsHtml(const QString &id) const override;

private:
    KnowledgeBase &m_kb;
};

class EducationView : public ListDetailView {
    Q_OBJECT
public:
    explicit EducationView(KnowledgeBase &kb, QWidget *parent = nullptr);
    QString title() const override;

protected:
    QString detailsHtml(const QString &id) const override;

private:
    KnowledgeBase &m_kb;
};

} // namespace hp::ui
