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
    <message>
        <source>Military occupation codes for the veterans view, e.g. 68G,4A051.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch of service for the veterans view, e.g. army.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay grade for the veterans view, e.g. E5.</source>
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
    <name>hp::ui::AttachmentModel</name>
    <message>
        <source>Roles compared side by side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages from the BLS survey of May %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cheapest route from %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fastest route from %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fit check with %n question(s) answered; the best matches:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks, %2 done. The first 30 days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-60-90 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, attached on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its contents could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, attached on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your plans and client records to the backups folder now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to one of the backups of your plans and client records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file is not open for changes, so it cannot be backed up or restored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file is not open for changes, so it was not backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file is not open for changes, so no backup can be restored into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your plans and client records with the backup taken %1? Your data as it is now is copied aside first.</source>
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
    <name>hp::ui::ClientForm</name>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>military service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinical experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required; an alias is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail or phone, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. High school diploma; some college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Front desk, family practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Army 68G, E-5, 6 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CNA, 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the client wants, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Columbus, OH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. evening, WIOA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name or alias*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name or alias (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Military</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;linical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget for training and exams, US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locat&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need for remote work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::ClientListModel</name>
    <message numerus="yes">
        <source>%1: %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, the latest on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::ClientSearchModel</name>
    <message>
        <source>Session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::ClientSessionActions</name>
    <message>
        <source>&amp;Save to client session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what this view shows to the client session you are holding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop working in the client&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to client session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session with %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client session is open. Open a client and start or choose a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file is not open, so nothing can be saved to the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file is open read-only, so nothing can be saved to the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view shows nothing that can be saved to a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved to %2&apos;s session: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2&apos;s session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::ClientsView</name>
    <message>
        <source>Session summary for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file could not be opened, so client records cannot be shown or kept. The window&apos;s status bar says what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file is open read-only, so client records can be read, searched and exported but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, goals, tags and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients and session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which clients to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients from a HealthPath export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-identified, for program reports (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change to the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ssions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sess&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session, dated today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session</source>
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
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 study hours a week. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget $%L1 for training and exams. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export: your data file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no clients to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients cannot be imported: your data file is not open for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a HealthPath client export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summary - %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath clients.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath client - %1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath clients, de-identified.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client records are not available: your data file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet. Choose New client to add one, or Import clients to bring in a HealthPath export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every client is archived. Show all clients to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Archived · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · client since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client or note matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients cannot be added: your data file is not open for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client&apos;s name or an alias, then the rest as you learn it. Every field is saved when you leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and their %n session(s)? Undo brings everything back until HealthPath closes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client to archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session of %1 with its notes and attachments? Undo brings it back until HealthPath closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the session of %1. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes cannot be saved: your data file is not open for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be saved: the session is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended. Other views no longer save to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions cannot be started: your data file is not open for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session started. In any view, Client ▸ Save to client session adds what it shows to this session.</source>
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
    <message>
        <source>Compared: %1</source>
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
    <name>hp::ui::DamagedDataDialog</name>
    <message>
        <source>Your data file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with your data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath can put the newest backup that is not damaged in its place. The damaged file is kept under another name, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore. You can open the file read-only to look at what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
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
    <message>
        <source>Fit check: top role %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::ImportCrosswalkAction</name>
    <message>
        <source>Import O*NET &amp;military crosswalk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;shipped military crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the military-to-civilian crosswalk with a newer one downloaded from O*NET (military_crosswalk.zip or the milx….csv inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the imported crosswalk and go back to the one that ships with HealthPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import O*NET military crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET military crosswalk (*.zip *.csv);;All files (*)</source>
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
        <source>Crosswalk imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the shipped military crosswalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the imported crosswalk and use the one that ships with HealthPath again? You can import the file again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported crosswalk could not be removed, so nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imported crosswalk is stored; HealthPath already uses the shipped one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped crosswalk in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported crosswalk was removed; HealthPath uses the one it ships with again.</source>
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
    <message>
        <source>Route: %1 → %2</source>
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
    <message>
        <source>Your data file was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup was not made. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — HealthPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veterans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::NotesEdit</name>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the line a heading, or a plain line again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bullet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the line a bullet list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the line a numbered list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
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
    <name>hp::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your data as it is now is copied aside first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <name>hp::ui::SessionEditor</name>
    <message>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction the client chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role the client chose in this session; the handout describes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session: other views can then save to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dire&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notes, shared with the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about and the next steps. These go on the client&apos;s handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes, only yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only yours: left out of handouts unless you ask for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are also saved when you switch session, client or view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private notes in the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print hando&amp;ut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the session handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to read an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attache&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session, then use Client ▸ Save to client session in any view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attachment from the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::SessionListModel</name>
    <message>
        <source>Session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, direction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n item(s) attached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Things attached to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
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
<context>
    <name>hp::ui::VeteranMatchModel</name>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjacent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct match: your military work is this civilian job&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjacent match: your military work sits next to this job, a short step away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch: your experience helps, but expect more training than for a closer match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No level given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilian role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::VeteranOccupationModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code like what you typed, not used for the matches: type it in full to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk maps this code to no civilian occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilian occupations (O*NET): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O*NET matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hp::ui::VeteransView</name>
    <message>
        <source>e.g. 68G, 4A051, HM or words of a job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military occupation codes or title words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your MOS, rating, AFSC or designator; separate several with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay grade when you left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pay grade decides the level of civilian job that matches your experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codes or title words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your codes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosswalk licence and attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military occupations found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupations found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilian roles that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role to see why it matches, its funding and résumé language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no role matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make my 30-60-90 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my 30-60-90 day plan for the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A veteran&apos;s plan for this role, with the GI Bill and VA test-fee steps included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the selected role matches, its funding and credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résumé language for the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résumé &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the civilian résumé lines and keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the civilian phrasing and the keywords, ready to paste into a résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veterans: from military occupation to civilian role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The military crosswalk could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The civilian roles your codes lead to appear here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No civilian role matches what you typed. Why, and the way in from your service, are on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your service to a civilian role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a matched role to see your military duties in employers&apos; words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of HealthPath works without it: the Career paths view starts from military service too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Type your military occupation code above: an Army or Marine Corps MOS, a Navy or Coast Guard rating, an Air Force or Space Force AFSC, or an officer&apos;s area of concentration or designator. Several codes are fine, separated by commas, and so are words of a job title, such as &lt;i&gt;patient administration&lt;/i&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Direct&lt;/b&gt; matches are civilian jobs doing the work you did.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adjacent&lt;/b&gt; matches are one short step away.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stretch&lt;/b&gt; matches use your experience but need more training.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Add your pay grade to see the level of job that fits your experience and what stands between you and it. For the role you select you also see funding such as the GI Bill, related credentials, and your duties in the words employers use.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one or more military occupation codes (MOS, rating, AFSC, designator) or words of a job title; add your pay grade to see the level that fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations found: %1 · Roles that match: %2, direct: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your level: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No civilian revenue-cycle role matches these codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Career paths view starts from military service and shows every route to these roles, with months and costs; the Fit check ranks the roles by the work you would enjoy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crosswalk links your codes to this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath places no level of this role against your pay grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your pay grade to see which level of this role fits your experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — from your pay grade: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands between you and this role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands between you and it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath knows of no gap between you and this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath lists no credential for this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath lists no funding for this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary source — check before relying on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath&apos;s judgement — check before relying on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified — check before relying on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HealthPath has no résumé language for this role yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your military record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In employers&apos; words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords employers search for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes: %1 · Branch: %2 · Pay grade: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your level: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résumé language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown branch &apos;%1&apos;; branches are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown pay grade &apos;%1&apos;; pay grades are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
