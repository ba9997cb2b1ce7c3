<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HealthPath</name>
    <message>
        <source>HealthPath: plan a career in the healthcare revenue cycle.

Views: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a view offscreen to the PNG &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to show: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;; views are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1280x800 (320x240 to 8000x8000), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath could not open its data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the screenshot %1 as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing &amp; documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjacent roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Html</name>
    <message>
        <source>at or above the BLS top code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified — check before relying on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath&apos;s judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sourced figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typically %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>%1–%2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS band, May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure from an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published for May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS bands are percentiles of the named occupation&apos;s national wages (p10 = 10th percentile), not pay for a job title; they follow the vintage chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article figures: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member surveys report what respondents say they earn. They are not comparable with the BLS figures above and are never mixed into them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDetails</name>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No BLS occupation is mapped to this role.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS published no estimate for %1 (%2) in May %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual wages of %1 (BLS %2), national, May %3; %4 people employed. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown number of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook %1–%2: employment %3%4%, about %5 openings a year. Typical entry: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay (BLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typical day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where people work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry barrier (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to a first job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost to get there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications employers value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and work habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downsides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry salary surveys (self-reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::CertificationsView</name>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials from AAPC, AHIMA, ACDIS, HCCA, HFMA, ACHE and MGMA. Fees change often: each shows its date and source; check the issuer before you pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to pass: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can sit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(undated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 continuing-education units every %2 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew every %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles that value it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education that prepares for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::ChartPanel</name>
    <message>
        <source>Chart source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::EducationView</name>
    <message>
        <source>Education paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a short exam-prep course to a master&apos;s degree: how long each takes, what it costs, what it prepares you for and which accreditation to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sourced figure — ask each school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares you for these roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And these certifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::ExploreView</name>
    <message>
        <source>All families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role family filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the roles of one family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter roles by name or BLS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage data vintage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which year&apos;s BLS wage estimates to show (each is for May of that year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wage data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS, May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No role matches the filter.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median annual wage by role, May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of median annual wages by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median %2 for BLS %3, May %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: national median annual wage of each role&apos;s BLS occupation, in thousands of US dollars. Roles that share a BLS code show the same figure. Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::ListDetailView</name>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing matches the filter.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::MainWindow</name>
    <message>
        <source>HealthPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 roles · wage data BLS OEWS, May %2 · all data stays on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HealthPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — HealthPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HealthPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;HealthPath %1&lt;/h3&gt;&lt;p&gt;Plan a career in the healthcare revenue cycle: roles, pay, certifications and ladders, with every figure sourced and dated.&lt;/p&gt;&lt;p&gt;Wage data: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (public domain). HealthPath works offline and keeps your data on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::RoleListModel</name>
    <message>
        <source>
Median wage %1 (BLS %2, May %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::SourceTableModel</name>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::SourcesView</name>
    <message>
        <source>Filter sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure in HealthPath names one of these sources. &lt;b&gt;Verified&lt;/b&gt;: read from the primary file or page. &lt;b&gt;Secondary&lt;/b&gt;: a third party quoting the primary source. &lt;b&gt;Unverified&lt;/b&gt;: not confirmed — check before relying on it. &lt;b&gt;HealthPath judgement&lt;/b&gt;: our own assessment, never a measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
