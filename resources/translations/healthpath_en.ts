<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10th</source>
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
        <source>at or above top code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months from the start of the route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative, thousands of US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25th–75th percentile pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This route (middle of each band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even: month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route, 25th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route, middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route, 75th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no years stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle of band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay a year (BLS band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareCharts</name>
    <message>
        <source>no sourced figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typical range; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars run from the shortest to the longest typical route; see the table for roles without a sourced figure. Sources: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay range by role, May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box plot of pay ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whiskers: 10th to 90th percentile; box: 25th to 75th; line: median. National annual wages of each role&apos;s BLS occupation (codes in the table). Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete BLS band for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median pay, May %1 to May %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line chart of median pay over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National median annual wage of each role&apos;s BLS occupation, not adjusted for inflation. Roles that share a BLS code draw the same line. Source: BLS OEWS national estimates, May %1–May %2 (VERIFIED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to a first job (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of time to a first job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost to entry (US dollars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of cost to entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the work asks of you (0 = little, 5 = a lot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of work-style profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &amp; payers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings are HealthPath&apos;s judgement from each role&apos;s description, not a measurement. Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>HealthPath: comparing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Roles for the compare view, e.g. outpatient-coder,medical-biller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart tab to show in the compare view (1 = pay range) or the ladders view (1 = lattice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point for the ladders view, e.g. no-experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role for the ladders view, e.g. outpatient-coder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona for the plan view, e.g. veteran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role for the plan view, e.g. outpatient-coder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the plan, e.g. 2027-01-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week available, for the plan view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training budget in dollars, for the plan view.</source>
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
    <name>LadderCharts</name>
    <message>
        <source>Return on training over %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line chart of cumulative earnings on the %1 route against the baseline pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even in month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break-even within %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Cumulative earnings minus training costs on the %2 route, month by month, against %3. The shaded area uses the 25th and 75th percentile pay instead of the middle of each band. After %4 months: %5 against the baseline. Wages: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None needed: years count from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified — check before relying on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level&apos;s own years in ladders.json, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the track: no source states this level&apos;s own years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s years (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ladders.json states no years for this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the years end at an earlier level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source states how long “%1” takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no single lattice move leads here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line chart of pay by years of experience on each career track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from a career guide (ladders.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 add each career move&apos;s typical months (lattice.json) to the first level&apos;s years, or count from 0 when it states none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of experience: %1. Lines join the middle of each level&apos;s BLS band where its years begin; boxes span its years and band. Levels without stated years are in the table only. Wages: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified years (dashed, open ring) — check before relying on them: %1.</source>
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
    <name>hp::ui::ChartBox</name>
    <message>
        <source>Chart caption: what it shows and its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (data table)</source>
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
    <name>hp::ui::CompareView</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wage data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage data vintage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost to entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS, May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart takes a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath comparison.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath comparison.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::ComparisonTableModel</name>
    <message>
        <source>What the job is</source>
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
        <source>Entry education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to a first job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost to entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay, 10th–90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
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
    <name>hp::ui::FitQuestionnaire</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::FitRankingModel</name>
    <message>
        <source>No source gives what getting in costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives how long getting in takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting in costs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting in takes %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered “%1” to “%2”, which suits this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered “%1” to “%2”, which counts against this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you answered “%1” to “%2”, %3 would move above %4 (to rank %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you answered “%1” to “%2”, %3 would drop below %4 (to rank %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you answered “%1” instead of “%2” to “%3”, %4 would move above %5 (to rank %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you answered “%1” instead of “%2” to “%3”, %4 would drop below %5 (to rank %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fit check has no weights for this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your answers so far bear on this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers behind it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::FitView</name>
    <message>
        <source>The fit check&apos;s questions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer what you can: every answer re-ranks the roles at once, and a question you skip does not count. The weights behind the scores are HealthPath&apos;s judgement, not a measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last answer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit check questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles ranked by fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this role, and what would change the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ranking of the %1 roles appears here once you answer a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your answers bears on any role yet. Answer another question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;How the fit check works&lt;/h3&gt;&lt;p&gt;The questions ask about the day-to-day work you would enjoy and what you can put into training. Each answer counts for or against each role, by weights HealthPath set from the roles&apos; descriptions and their sourced entry time and cost.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;A role&apos;s fit (0–100) shows how close your answers come to the best the same questions could give it.&lt;/li&gt;&lt;li&gt;Each role lists the two or three answers that counted most.&lt;/li&gt;&lt;li&gt;For the role you select, you also see which single answer would move it up or down.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Your answers stay on this computer. &lt;i&gt;Clear answers&lt;/i&gt; starts again; Ctrl+Z undoes a change.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1. %2 — fit %3 of 100&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers sit in the middle for this role: none pulls it up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would change the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single answer change would move this role past its neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no score: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered. The weights behind the scores are HealthPath&apos;s judgement, not a measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking of the roles appears once at least one question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::ImportWagesAction</name>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import BLS wage file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update BLS OEWS national wage estimates from BLS&apos;s national_MYYYY_dl file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import BLS wage file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS OEWS files (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which year its estimates are for. BLS estimates are for May of the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year was given, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS OEWS national estimates for %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a new vintage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They replace the rows already stored for %1; no figures changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They replace the rows already stored for %1; %2 of %3 rows changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change vs May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medians are annual. The change compares with %1 as stored before this import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medians are annual. No earlier vintage is stored to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::LaddersView</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimise for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimise routes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wage data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage data vintage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline pay, US dollars a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no route leads there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on training summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the selected route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route diagram and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram and chart tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lattice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS, May %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the federal minimum wage, %1 an hour full time (%2). Source on hover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pay you would have without training. Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown starting point &apos;%1&apos;. Starting points: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target &apos;%1&apos;. Targets: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks even in month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not break even within %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 route %2; after %3 years it is %4 against the baseline, with %5 spent on training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as much of the lattice as stays readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms; drag to move. The step table below lists the highlighted route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart takes a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career tracks (2 to 4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::LatticeDiagram</name>
    <message>
        <source>Career lattice diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting points and milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no BLS wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
BLS median for %1 (%2): %3, May %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Highlighted route, %n step(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No route highlighted. The route&apos;s steps are listed in the step table.</source>
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
    <message>
        <source>Compare roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with your data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-60-90 plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::PlanInputForm</name>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which description fits you best; it decides which steps the plan includes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I am a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my fit check&apos;s &amp;top role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the target to the top role of my fit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a week available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget for training and exams in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials already held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;dentials held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new plan from these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fit check has no answers yet: answer a few of its questions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fit check&apos;s top role is not one the plan can target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Target set to %1, the top role of your fit check (%n question(s) answered).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown persona &apos;%1&apos;; personas are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target role &apos;%1&apos;; roles are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start must be a date like 2027-01-04, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hours must be a whole number of hours a week from 1 to 80.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget must be a whole number of dollars from 0 to 200,000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::PlanTaskModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days 1–30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days 31–60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days 61–90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond day 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::PlanView</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your situation&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file could not be opened, so plans made now are not kept. Export them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one of your saved plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this saved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route the plan follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan tasks by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to check a task off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-plan from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the open tasks so the earliest overdue one is due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (.csv)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-60-90 day plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan made and saved. Check tasks off as you go; your progress is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan made, but it cannot be kept: your data file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is shown but could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no task &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check off “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue, so no dates changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open tasks moved %n day(s) later. Undo puts them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your data file is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the plan “%1” and its check-offs? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in your situation on the left and choose &lt;b&gt;Make plan&lt;/b&gt;. The plan lists what to do in your first 30, 60 and 90 days, with dates, and a roadmap to your first job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see what to do, why it matters for you and the facts it relies on. Press Space to check it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with HealthPath on %1. Fees, rules and dates change; check each figure with its source before paying for anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
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
    <name>hp::ui::RouteListModel</name>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> + %n step(s) of unknown cost</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> + %n step(s) of unknown length</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fastest and cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Unusual for your background: see the warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 route: %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unusual for your background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::RouteStepModel</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 (unusual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (not a job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS band at %1. Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLS wage band there</source>
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
<context>
    <name>hp::ui::UserData</name>
    <message>
        <source>It is open read-only: you can look, but changes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
