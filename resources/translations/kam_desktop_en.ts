<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionsSection</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Add an action to the selected goal</source>
        <translation>Add an action to the selected goal</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {date}, overdue by %n day(s)</source>
        <translation>
            <numerusform>⚠ {date}, overdue by %n day</numerusform>
            <numerusform>⚠ {date}, overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>New action {n}</source>
        <translation>New action {n}</translation>
    </message>
</context>
<context>
    <name>AnswersField</name>
    <message>
        <source>A “yes” points up the ladder.</source>
        <translation>A “yes” points up the ladder.</translation>
    </message>
    <message>
        <source>A “no” points up the ladder.</source>
        <translation>A “no” points up the ladder.</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>a view asks for a dossier to be opened: account id, section (or None), record id (or None)</extracomment>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>AttendeesField</name>
    <message>
        <source>Add contacts or team members first to record who was present.</source>
        <translation>Add contacts or team members first to record who was present.</translation>
    </message>
    <message>
        <source>The client&apos;s people</source>
        <translation>The client&apos;s people</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Our team</translation>
    </message>
</context>
<context>
    <name>BarrierSection</name>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <source>switching barrier</source>
        <translation>switching barrier</translation>
    </message>
    <message>
        <source>Describe the barrier</source>
        <translation>Describe the barrier</translation>
    </message>
</context>
<context>
    <name>BarriersPage</name>
    <message>
        <source>Switching barriers</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Switching barriers</translation>
    </message>
    <message>
        <source>What we have built into the client&apos;s work that makes leaving us costly: shared software, documents kept in our client portal, joint processes.</source>
        <translation>What we have built into the client&apos;s work that makes leaving us costly: shared software, documents kept in our client portal, joint processes.</translation>
    </message>
    <message>
        <source>Cooling and loss reasons</source>
        <translation>Cooling and loss reasons</translation>
    </message>
    <message>
        <source>When and why the relationship cooled or the client left. Studying these teaches more than satisfaction scores do.</source>
        <translation>When and why the relationship cooled or the client left. Studying these teaches more than satisfaction scores do.</translation>
    </message>
</context>
<context>
    <name>ChartTexts</name>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>bn</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Nothing to show yet</translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted to {currency} at the rates of {year} ({rates}); value and deals at the rates of their dates.</source>
        <translation>Amounts in other currencies are converted to {currency} at the rates of {year} ({rates}); value and deals at the rates of their dates.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in {currency} have no rate for {period} — not compared: {names}.</source>
        <translation>
            <numerusform>%n account in {currency} has no rate for {period} — not compared: {names}.</numerusform>
            <numerusform>%n accounts in {currency} have no rate for {period} — not compared: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
</context>
<context>
    <name>CompetitorsField</name>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Where the client puts them</source>
        <translation>Where the client puts them</translation>
    </message>
    <message>
        <source>Add competitor</source>
        <translation>Add competitor</translation>
    </message>
    <message>
        <source>Remove competitor</source>
        <translation>Remove competitor</translation>
    </message>
    <message>
        <source>Each competitor needs a name; nothing is saved until every row has one.</source>
        <translation>Each competitor needs a name; nothing is saved until every row has one.</translation>
    </message>
    <message>
        <source>“{name}” is listed twice: name each competitor once.</source>
        <translation>“{name}” is listed twice: name each competitor once.</translation>
    </message>
    <message>
        <source>Where the client puts this competitor</source>
        <translation>Where the client puts this competitor</translation>
    </message>
</context>
<context>
    <name>CompletenessBar</name>
    <message>
        <source>Dossier {filled} of {parts}</source>
        <extracomment>the dossier section where each part of domain.completeness.PARTS is filled in</extracomment>
        <translation>Dossier {filled} of {parts}</translation>
    </message>
    <message>
        <source>Missing: {parts}</source>
        <translation>Missing: {parts}</translation>
    </message>
    <message>
        <source>Every part the method asks for is filled in.</source>
        <translation>Every part the method asks for is filled in.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Exchange conflicts</source>
        <translation>Exchange conflicts</translation>
    </message>
    <message>
        <source>When two laptops changed the same field since they last exchanged, the later change was kept. Here is what the other one was; take it if it was the right one (Ctrl+Z undoes).</source>
        <translation>When two laptops changed the same field since they last exchanged, the later change was kept. Here is what the other one was; take it if it was the right one (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Value now</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Other value from</source>
        <translation>Other value from</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <source>No conflicts: every exchange so far merged cleanly.</source>
        <translation>No conflicts: every exchange so far merged cleanly.</translation>
    </message>
    <message>
        <source>deleted with the record on another laptop</source>
        <translation>deleted with the record on another laptop</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>the whole record</translation>
    </message>
    <message>
        <source>Use the other value of {field}</source>
        <translation>Use the other value of {field}</translation>
    </message>
    <message>
        <source>The other value cannot be used</source>
        <translation>The other value cannot be used</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent of {name}</source>
        <translation>Consent of {name}</translation>
    </message>
    <message>
        <source>This is the first personal note about {name}. Keep such notes only with the person&apos;s consent: when and how did they agree?</source>
        <translation>This is the first personal note about {name}. Keep such notes only with the person&apos;s consent: when and how did they agree?</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Name</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Involvement</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Interest (0–10)</source>
        <translation>Interest (0–10)</translation>
    </message>
    <message>
        <source>Involvement (0–10)</source>
        <translation>Involvement (0–10)</translation>
    </message>
    <message>
        <source>Part in the purchase</source>
        <translation>Part in the purchase</translation>
    </message>
    <message>
        <source>Besides the role on the map: does the person make the decision, influence it, or use what we supply?</source>
        <translation>Besides the role on the map: does the person make the decision, influence it, or use what we supply?</translation>
    </message>
    <message>
        <source>Confirmed in post on</source>
        <translation>Confirmed in post on</translation>
    </message>
    <message>
        <source>Left the company…</source>
        <translation>Left the company…</translation>
    </message>
    <message>
        <source>Record that the person left the client, and where they went</source>
        <translation>Record that the person left the client, and where they went</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Confidential — personal data</source>
        <translation>Confidential — personal data</translation>
    </message>
    <message>
        <source>Never shown to the client and never printed in client-facing reports. Collect only what you will really use.</source>
        <translation>Never shown to the client and never printed in client-facing reports. Collect only what you will really use.</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Erase person…</translation>
    </message>
    <message>
        <source>Erase all data about this person from this laptop, backups included. This cannot be undone.</source>
        <translation>Erase all data about this person from this laptop, backups included. This cannot be undone.</translation>
    </message>
    <message>
        <source>New contact {n}</source>
        <translation>New contact {n}</translation>
    </message>
    <message>
        <source>Nobody on our side yet: choose who mirrors them on the Account team page.</source>
        <translation>Nobody on our side yet: choose who mirrors them on the Account team page.</translation>
    </message>
    <message>
        <source>left {date}</source>
        <translation>left {date}</translation>
    </message>
    <message>
        <source>from {account}</source>
        <translation>from {account}</translation>
    </message>
    <message>
        <source>Previously at {account}, left on {date}.</source>
        <translation>Previously at {account}, left on {date}.</translation>
    </message>
    <message>
        <source>an unknown company</source>
        <translation>an unknown company</translation>
    </message>
    <message>
        <source>Left on {date} for {where}.</source>
        <translation>Left on {date} for {where}.</translation>
    </message>
    <message>
        <source>Works at this client.</source>
        <translation>Works at this client.</translation>
    </message>
    <message>
        <source>{name} left the company</source>
        <translation>{name} left the company</translation>
    </message>
    <message>
        <source>Cannot record the departure</source>
        <translation>Cannot record the departure</translation>
    </message>
    <message>
        <source>The same person&apos;s records at {accounts} go too.</source>
        <translation>The same person&apos;s records at {accounts} go too.</translation>
    </message>
    <message>
        <source>Erase {name}?</source>
        <translation>Erase {name}?</translation>
    </message>
    <message>
        <source>Everything about {name} will be erased from this laptop: the contact, the personal notes, their place in diaries, mentions of their name in texts, and the same in every backup. Only a note that an erasure happened is kept. This cannot be undone.</source>
        <translation>Everything about {name} will be erased from this laptop: the contact, the personal notes, their place in diaries, mentions of their name in texts, and the same in every backup. Only a note that an erasure happened is kept. This cannot be undone.</translation>
    </message>
    <message>
        <source>Mirrored by</source>
        <translation>Mirrored by</translation>
    </message>
    <message>
        <source>Export what we keep about this person…</source>
        <translation>Export what we keep about this person…</translation>
    </message>
    <message>
        <source>Erased. {count} backup(s) scrubbed too.</source>
        <translation>Erased. {count} backup(s) scrubbed too.</translation>
    </message>
    <message>
        <source>Edit personal notes</source>
        <translation>Edit personal notes</translation>
    </message>
</context>
<context>
    <name>CoolingSection</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>cooling reason</source>
        <translation>cooling reason</translation>
    </message>
    <message>
        <source>Describe why the relationship cooled</source>
        <translation>Describe why the relationship cooled</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>ABC analysis (Pareto)</source>
        <extracomment>the views in the order of the list (ui.charts.painter draws them by these keys); each view&apos;s series are the analytics section of the same name the views that show movement from the date chosen beside them the choices beside a view that its drawing depends on (DashboardView._choices) how often to look whether the window has finished reading, to warm matplotlib up the pause between two charts drawn ahead, in which the window answers input False: a view is drawn only when shown (the benchmark&apos;s cold switch) counts the changes: a read begun before the latest one is dropped when each section&apos;s series arrived, to know which drawings are out of date</extracomment>
        <translation>ABC analysis (Pareto)</translation>
    </message>
    <message>
        <source>Potential and share of wallet</source>
        <translation>Potential and share of wallet</translation>
    </message>
    <message>
        <source>Where to grow</source>
        <translation>Where to grow</translation>
    </message>
    <message>
        <source>Whitespace: accounts × groups</source>
        <translation>Whitespace: accounts × groups</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Value delivered</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Lifecycle and losses</source>
        <translation>Lifecycle and losses</translation>
    </message>
    <message>
        <source>Role coverage</source>
        <translation>Role coverage</translation>
    </message>
    <message>
        <source>Losses by cause and competitor</source>
        <translation>Losses by cause and competitor</translation>
    </message>
    <message>
        <source>Involvement map</source>
        <translation>Involvement map</translation>
    </message>
    <message>
        <source>KAM workload</source>
        <translation>KAM workload</translation>
    </message>
    <message>
        <source>Movement since</source>
        <translation>Movement since</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>Reading the portfolio…</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Click a bar, a point or an area of the chart to list the accounts behind it.</source>
        <translation>Click a bar, a point or an area of the chart to list the accounts behind it.</translation>
    </message>
    <message>
        <source>Double-click an account to open its dossier.</source>
        <translation>Double-click an account to open its dossier.</translation>
    </message>
    <message>
        <source>Each cell: our share of the client&apos;s purchases of the group in {year}. Click a cell to open the dossier.</source>
        <translation>Each cell: our share of the client&apos;s purchases of the group in {year}. Click a cell to open the dossier.</translation>
    </message>
</context>
<context>
    <name>DealsImport</name>
    <message>
        <source>Client&apos;s INN</source>
        <translation>Client&apos;s INN</translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation>Client&apos;s name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Document or contract</source>
        <translation>Document or contract</translation>
    </message>
    <message>
        <source>Choose the column that holds the client&apos;s INN or name.</source>
        <translation>Choose the column that holds the client&apos;s INN or name.</translation>
    </message>
    <message>
        <source>Choose the columns that hold the deal&apos;s date and amount.</source>
        <translation>Choose the columns that hold the deal&apos;s date and amount.</translation>
    </message>
    <message>
        <source>Deals: &lt;b&gt;{add}&lt;/b&gt; to add, &lt;b&gt;{update}&lt;/b&gt; to update, {same} unchanged. Clients: {accounts}.</source>
        <translation>Deals: &lt;b&gt;{add}&lt;/b&gt; to add, &lt;b&gt;{update}&lt;/b&gt; to update, {same} unchanged. Clients: {accounts}.</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Add deal</translation>
    </message>
    <message>
        <source>Update deal</source>
        <translation>Update deal</translation>
    </message>
    <message>
        <source>Import deals from a shipments or orders export</source>
        <translation>Import deals from a shipments or orders export</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>* required, and the client&apos;s INN or name. Rows are matched to the portfolio&apos;s accounts by INN, else by name; rows of one document add up. Importing the same file again adds nothing.</source>
        <translation>* required, and the client&apos;s INN or name. Rows are matched to the portfolio&apos;s accounts by INN, else by name; rows of one document add up. Importing the same file again adds nothing.</translation>
    </message>
    <message>
        <source>Imported. Deals: {added} added, {updated} updated.</source>
        <translation>Imported. Deals: {added} added, {updated} updated.</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>Every purchase of the client: import them from the ERP&apos;s shipments or orders export (File → Import deals from the ERP…) or add them here. Repeat purchases, how often the client buys and the average deal are what a client manager grows.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Every purchase of the client: import them from the ERP&apos;s shipments or orders export (File → Import deals from the ERP…) or add them here. Repeat purchases, how often the client buys and the average deal are what a client manager grows.</translation>
    </message>
    <message>
        <source>Set yearly revenue from deals</source>
        <translation>Set yearly revenue from deals</translation>
    </message>
    <message>
        <source>Record each completed year&apos;s revenue as the sum of its deals (Ctrl+Z undoes it); revenue typed by hand stays until you do this</source>
        <translation>Record each completed year&apos;s revenue as the sum of its deals (Ctrl+Z undoes it); revenue typed by hand stays until you do this</translation>
    </message>
    <message>
        <source>The yearly revenue already matches the deals.</source>
        <translation>The yearly revenue already matches the deals.</translation>
    </message>
    <message>
        <source>Set revenue from deals</source>
        <translation>Set revenue from deals</translation>
    </message>
    <message>
        <source>Revenue set from the deals for {years}.</source>
        <translation>Revenue set from the deals for {years}.</translation>
    </message>
</context>
<context>
    <name>DealsSection</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>deal</translation>
    </message>
    <message>
        <source>The ERP&apos;s order or contract number</source>
        <translation>The ERP&apos;s order or contract number</translation>
    </message>
    <message>
        <source>Amount, {currency}</source>
        <translation>Amount, {currency}</translation>
    </message>
</context>
<context>
    <name>DepartmentRoleEditor</name>
    <message>
        <source>The department&apos;s role at the stage</source>
        <translation>The department&apos;s role at the stage</translation>
    </message>
    <message>
        <source>e.g. finds plants that launch new lines</source>
        <translation>e.g. finds plants that launch new lines</translation>
    </message>
    <message>
        <source>Role at the stage:</source>
        <translation>Role at the stage:</translation>
    </message>
    <message>
        <source>Select a department&apos;s share of a saved stage to say what the department does there</source>
        <translation>Select a department&apos;s share of a saved stage to say what the department does there</translation>
    </message>
    <message>
        <source>What {department} does at “{stage}”:</source>
        <translation>What {department} does at “{stage}”:</translation>
    </message>
    <message>
        <source>Edit a department&apos;s role</source>
        <translation>Edit a department&apos;s role</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Date</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>diary entry</source>
        <translation>diary entry</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Add an entry dated today ({shortcut})</source>
        <translation>Add an entry dated today ({shortcut})</translation>
    </message>
    <message>
        <source>The next step is done</source>
        <translation>The next step is done</translation>
    </message>
    <message>
        <source>Mark next step done</source>
        <translation>Mark next step done</translation>
    </message>
    <message>
        <source>Close the next step of the selected entry (Ctrl+Z undoes it)</source>
        <translation>Close the next step of the selected entry (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>⚠ {date}, overdue</source>
        <translation>⚠ {date}, overdue</translation>
    </message>
    <message>
        <source>Select an entry to see its next step.</source>
        <translation>Select an entry to see its next step.</translation>
    </message>
    <message>
        <source>No next step planned for this entry.</source>
        <translation>No next step planned for this entry.</translation>
    </message>
    <message>
        <source>(not described)</source>
        <translation>(not described)</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Next step done:&lt;/b&gt; {step}</source>
        <translation>✓ &lt;b&gt;Next step done:&lt;/b&gt; {step}</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;{late}:&lt;/b&gt; {step} (due {due})</source>
        <translation>⚠ &lt;b&gt;{late}:&lt;/b&gt; {step} (due {due})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; {step} (due {due})</source>
        <translation>&lt;b&gt;Next step:&lt;/b&gt; {step} (due {due})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; {step} (no due date)</source>
        <translation>&lt;b&gt;Next step:&lt;/b&gt; {step} (no due date)</translation>
    </message>
    <message>
        <source>Change attendees</source>
        <translation>Change attendees</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <source>Profile and classification</source>
        <translation>Profile and classification</translation>
    </message>
    <message>
        <source>Holding and subsidiaries</source>
        <translation>Holding and subsidiaries</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Share by product group</source>
        <translation>Share by product group</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Role map</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Org chart</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Account team</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diary</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <source>Value dossier</source>
        <translation>Value dossier</translation>
    </message>
    <message>
        <source>Involvement map</source>
        <translation>Involvement map</translation>
    </message>
    <message>
        <source>Barriers and cooling</source>
        <translation>Barriers and cooling</translation>
    </message>
    <message>
        <source>Loss and win-back</source>
        <translation>Loss and win-back</translation>
    </message>
    <message>
        <source>KAM workload</source>
        <translation>KAM workload</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Reports…</translation>
    </message>
    <message>
        <source>The value dossier for the client, the meeting pack, the portfolio report (Ctrl+P)</source>
        <translation>The value dossier for the client, the meeting pack, the portfolio report (Ctrl+P)</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Pass the account to a client manager or a project manager, with the hand-over pack</source>
        <translation>Pass the account to a client manager or a project manager, with the hand-over pack</translation>
    </message>
    <message>
        <source>Hand over to {name}</source>
        <translation>Hand over to {name}</translation>
    </message>
    <message>
        <source>The account was not handed over</source>
        <translation>The account was not handed over</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Send to a colleague</source>
        <extracomment>the last report shown (a summary or a message), left open beside the window</extracomment>
        <translation>Send to a colleague</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>KAM Desktop exchange files (*{suffix})</source>
        <translation>KAM Desktop exchange files (*{suffix})</translation>
    </message>
    <message>
        <source>Writing the exchange file…</source>
        <translation>Writing the exchange file…</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation>The file was not written</translation>
    </message>
    <message>
        <source>locked with the password</source>
        <translation>locked with the password</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>not locked</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Ready to send</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) written to {path}, {locked}.</source>
        <translation>
            <numerusform>%Ln account written to {path}, {locked}.</numerusform>
            <numerusform>%Ln accounts written to {path}, {locked}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive from a colleague</source>
        <translation>Receive from a colleague</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>{name} is locked. Its password:</source>
        <translation>{name} is locked. Its password:</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>Merging {name}…</translation>
    </message>
    <message>
        <source>Nothing was received</source>
        <translation>Nothing was received</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Client&apos;s goal</source>
        <translation>Client&apos;s goal</translation>
    </message>
    <message>
        <source>↔ Our goal</source>
        <translation>↔ Our goal</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Add a goal to the plan</source>
        <translation>Add a goal to the plan</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Delete goal</translation>
    </message>
    <message>
        <source>Delete the selected goal with its actions (Ctrl+Z undoes it)</source>
        <translation>Delete the selected goal with its actions (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>What the client wants to achieve, and by when</source>
        <translation>What the client wants to achieve, and by when</translation>
    </message>
    <message>
        <source>Our goal</source>
        <translation>Our goal</translation>
    </message>
    <message>
        <source>What we will achieve so that the client reaches its goal</source>
        <translation>What we will achieve so that the client reaches its goal</translation>
    </message>
    <message>
        <source>How we will know, e.g. 10 % of mail orders</source>
        <translation>How we will know, e.g. 10 % of mail orders</translation>
    </message>
    <message>
        <source>Strategy: four points</source>
        <translation>Strategy: four points</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Client&apos;s goal {n}</source>
        <translation>Client&apos;s goal {n}</translation>
    </message>
    <message>
        <source>Our goal that mirrors it</source>
        <translation>Our goal that mirrors it</translation>
    </message>
    <message>
        <source>Budget, {currency}</source>
        <translation>Budget, {currency}</translation>
    </message>
</context>
<context>
    <name>GroupCharts</name>
    <message>
        <source>No product group has a potential beyond our revenue in {year}. Estimate the groups in the dossiers&apos; “Share by product group”.</source>
        <extracomment>the groups drawn; the rest are named in the note</extracomment>
        <translation>No product group has a potential beyond our revenue in {year}. Estimate the groups in the dossiers&apos; “Share by product group”.</translation>
    </message>
    <message>
        <source>Potential not yet ours in {year}, {unit}</source>
        <translation>Potential not yet ours in {year}, {unit}</translation>
    </message>
    <message>
        <source>Not yet ours</source>
        <translation>Not yet ours</translation>
    </message>
    <message>
        <source>{group}: the largest purchases not yet ours — {count}</source>
        <translation>{group}: the largest purchases not yet ours — {count}</translation>
    </message>
    <message>
        <source>Per product group, what the clients buy of it from others: the group&apos;s potential less our revenue from its deals, summed over the accounts. Click a bar for its accounts, the largest first.</source>
        <translation>Per product group, what the clients buy of it from others: the group&apos;s potential less our revenue from its deals, summed over the accounts. Click a bar for its accounts, the largest first.</translation>
    </message>
</context>
<context>
    <name>GroupEstimatesSection</name>
    <message>
        <source>Year</source>
        <extracomment>how many years back the period list goes the widths the group&apos;s and the competitor&apos;s columns start at</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Main competitor</source>
        <translation>Main competitor</translation>
    </message>
    <message>
        <source>Its share</source>
        <translation>Its share</translation>
    </message>
    <message>
        <source>product group&apos;s potential</source>
        <translation>product group&apos;s potential</translation>
    </message>
    <message>
        <source>What the client buys a year of this group, from us and from others</source>
        <translation>What the client buys a year of this group, from us and from others</translation>
    </message>
    <message>
        <source>Its share, %</source>
        <translation>Its share, %</translation>
    </message>
    <message>
        <source>Why they buy from it</source>
        <translation>Why they buy from it</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Subsidiaries</source>
        <extracomment>the columns of amounts and shares, aligned right none: it reads the group&apos;s figures itself (services.holdings)</extracomment>
        <translation>Subsidiaries</translation>
    </message>
    <message>
        <source>Each company of the group is a client of its own, with its own INN, buyers and contracts. A company joins the group by naming its holding in its profile.</source>
        <translation>Each company of the group is a client of its own, with its own INN, buyers and contracts. A company joins the group by naming its holding in its profile.</translation>
    </message>
    <message>
        <source>No subsidiaries: a company becomes one when its profile names this one as its holding.</source>
        <translation>No subsidiaries: a company becomes one when its profile names this one as its holding.</translation>
    </message>
    <message>
        <source>{year}: the group&apos;s revenue {total}, the company&apos;s own {own}; share of the group&apos;s wallet {share}.</source>
        <translation>{year}: the group&apos;s revenue {total}, the company&apos;s own {own}; share of the group&apos;s wallet {share}.</translation>
    </message>
    <message>
        <source>{companies}: no rate for {currency} in {period}, left out of the group&apos;s figures</source>
        <translation>{companies}: no rate for {currency} in {period}, left out of the group&apos;s figures</translation>
    </message>
    <message>
        <source>Money of the group in {currency}, converted at the rates of {year}.</source>
        <translation>Money of the group in {currency}, converted at the rates of {year}.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Revenue {year}</source>
        <translation>Revenue {year}</translation>
    </message>
    <message>
        <source>Revenue, {currency}</source>
        <translation>Revenue, {currency}</translation>
    </message>
    <message>
        <source>Potential, {currency}</source>
        <translation>Potential, {currency}</translation>
    </message>
    <message>
        <source>Double-click to open the dossier</source>
        <translation>Double-click to open the dossier</translation>
    </message>
    <message>
        <source>Group total</source>
        <translation>Group total</translation>
    </message>
    <message>
        <source>Open the holding&apos;s dossier</source>
        <translation>Open the holding&apos;s dossier</translation>
    </message>
    <message>
        <source>Part of the holding {link}</source>
        <translation>Part of the holding {link}</translation>
    </message>
</context>
<context>
    <name>GroupSharePage</name>
    <message>
        <source>Our share of what the client buys of each product group, from the deals of the period against the group&apos;s potential, and who supplies the rest. Double-click a group to estimate it. The groups and their order are set in Preferences → Product groups.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown: none, it reads its own figures</extracomment>
        <translation>Our share of what the client buys of each product group, from the deals of the period against the group&apos;s potential, and who supplies the rest. Double-click a group to estimate it. The groups and their order are set in Preferences → Product groups.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Product group</source>
        <extracomment>each group&apos;s place in the table: the Preferences&apos; order, then the others</extracomment>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Our revenue</source>
        <translation>Our revenue</translation>
    </message>
    <message>
        <source>Our share</source>
        <translation>Our share</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Main competitor</source>
        <translation>Main competitor</translation>
    </message>
    <message>
        <source>Its share</source>
        <translation>Its share</translation>
    </message>
    <message>
        <source>Why they buy from it</source>
        <translation>Why they buy from it</translation>
    </message>
    <message>
        <source>(deals without a group)</source>
        <translation>(deals without a group)</translation>
    </message>
    <message>
        <source>{group} (not on the list)</source>
        <translation>{group} (not on the list)</translation>
    </message>
    <message>
        <source>No product group yet: list your groups in Preferences → Product groups, or import deals that name them.</source>
        <translation>No product group yet: list your groups in Preferences → Product groups, or import deals that name them.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>KAM Desktop guide</source>
        <translation>KAM Desktop guide</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over {account}</source>
        <translation>Hand over {account}</translation>
    </message>
    <message>
        <source>The client manager or project manager who takes it on</source>
        <translation>The client manager or project manager who takes it on</translation>
    </message>
    <message>
        <source>Why now, what is promised, what to watch</source>
        <translation>Why now, what is promised, what to watch</translation>
    </message>
    <message>
        <source>Make the hand-over pack for the receiver</source>
        <translation>Make the hand-over pack for the receiver</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Received from {name}</source>
        <translation>Received from {name}</translation>
    </message>
    <message>
        <source>Nothing to do: this file, or a newer one from {name}, was received before.</source>
        <translation>Nothing to do: this file, or a newer one from {name}, was received before.</translation>
    </message>
    <message>
        <source>Accounts added: {added}, updated: {updated}, deleted: {deleted}. Conflicts: {conflicts}.</source>
        <translation>Accounts added: {added}, updated: {updated}, deleted: {deleted}. Conflicts: {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased at the sender&apos;s request.</source>
        <translation>
            <numerusform>%n person erased at the sender&apos;s request.</numerusform>
            <numerusform>%n people erased at the sender&apos;s request.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sender&apos;s next file: {names}.</source>
        <translation>Waiting for the sender&apos;s next file: {names}.</translation>
    </message>
    <message>
        <source>Review the conflicts in File → Exchange conflicts.</source>
        <translation>Review the conflicts in File → Exchange conflicts.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (new)</translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation>{name} (deleted)</translation>
    </message>
</context>
<context>
    <name>InvolvementModel</name>
    <message>
        <source>Total</source>
        <extracomment>stage -&gt; why the service refused it (stage, department) -&gt; its stored share&apos;s record and role at the stage</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not saved yet: the shares of this stage must sum to 100 %</source>
        <translation>Not saved yet: the shares of this stage must sum to 100 %</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <source>✗ {total} — must be 100 % (not saved)</source>
        <translation>✗ {total} — must be 100 % (not saved)</translation>
    </message>
</context>
<context>
    <name>InvolvementPage</name>
    <message>
        <source>Serving a client is a conveyor: search → need identification → project implementation → service programmes → repeat sale. At every stage each of our departments appears on time with a defined role and a measured share of the work, for example 30-40-30 for marketing, sales and service. The shares of a stage add up to 100 %.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown departments added here that have no share stored yet</extracomment>
        <translation>Serving a client is a conveyor: search → need identification → project implementation → service programmes → repeat sale. At every stage each of our departments appears on time with a defined role and a measured share of the work, for example 30-40-30 for marketing, sales and service. The shares of a stage add up to 100 %.</translation>
    </message>
    <message>
        <source>Department, e.g. Marketing</source>
        <translation>Department, e.g. Marketing</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>Remove department</translation>
    </message>
    <message>
        <source>Remove the department of the selected column</source>
        <translation>Remove the department of the selected column</translation>
    </message>
    <message>
        <source>Clear stage</source>
        <translation>Clear stage</translation>
    </message>
    <message>
        <source>Remove all shares of the selected stage</source>
        <translation>Remove all shares of the selected stage</translation>
    </message>
    <message>
        <source>Discard unsaved shares</source>
        <translation>Discard unsaved shares</translation>
    </message>
    <message>
        <source>Show the stored shares again in every stage that does not sum to 100 %</source>
        <translation>Show the stored shares again in every stage that does not sum to 100 %</translation>
    </message>
    <message>
        <source>Functional involvement map</source>
        <translation>Functional involvement map</translation>
    </message>
    <message>
        <source>Start by adding the departments of ours that work with this client: marketing, sales, service…</source>
        <translation>Start by adding the departments of ours that work with this client: marketing, sales, service…</translation>
    </message>
    <message>
        <source>Start from 30–40–30</source>
        <translation>Start from 30–40–30</translation>
    </message>
    <message>
        <source>Marketing 30 %, sales 40 % and service 30 % at every stage, the split the sources give as an example; then adjust it to this client</source>
        <translation>Marketing 30 %, sales 40 % and service 30 % at every stage, the split the sources give as an example; then adjust it to this client</translation>
    </message>
    <message>
        <source>Type the shares of a stage one after another (Tab moves on). The stage is saved as soon as its shares add up to 100 %; until then its row says what is missing and nothing is stored.</source>
        <translation>Type the shares of a stage one after another (Tab moves on). The stage is saved as soon as its shares add up to 100 %; until then its row says what is missing and nothing is stored.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Start the involvement map from 30–40–30</source>
        <translation>Start the involvement map from 30–40–30</translation>
    </message>
    <message>
        <source>Set involvement: {stage}</source>
        <translation>Set involvement: {stage}</translation>
    </message>
    <message>
        <source>Type the name of the department first.</source>
        <translation>Type the name of the department first.</translation>
    </message>
    <message>
        <source>“{name}” is already on the map.</source>
        <translation>“{name}” is already on the map.</translation>
    </message>
    <message>
        <source>“{department}” still has a share in: {stages}. Give its shares to other departments first (set them to 0 %).</source>
        <translation>“{department}” still has a share in: {stages}. Give its shares to other departments first (set them to 0 %).</translation>
    </message>
    <message>
        <source>Remove department “{department}”</source>
        <translation>Remove department “{department}”</translation>
    </message>
    <message>
        <source>Clear stage: {stage}</source>
        <translation>Clear stage: {stage}</translation>
    </message>
</context>
<context>
    <name>LadderChart</name>
    <message>
        <source>Climbed</source>
        <translation>Climbed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation>Slipped</translation>
    </message>
    <message>
        <source>First assessed</source>
        <translation>First assessed</translation>
    </message>
    <message>
        <source>On {date}</source>
        <translation>On {date}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Where clients put us</source>
        <translation>Where clients put us</translation>
    </message>
    <message>
        <source>Movement since {date}</source>
        <translation>Movement since {date}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Our latest estimate of each account&apos;s rung against where it stood on the chosen date.</source>
        <translation>Our latest estimate of each account&apos;s rung against where it stood on the chosen date.</translation>
    </message>
    <message>
        <source>Never assessed: {count}.</source>
        <translation>Never assessed: {count}.</translation>
    </message>
</context>
<context>
    <name>LadderComparison</name>
    <message>
        <source>No assessment yet. Add one to record where the client puts us on the supplier ladder.</source>
        <extracomment>the gap to the client&apos;s view, how to climb, the competitors&apos; question</extracomment>
        <translation>No assessment yet. Add one to record where the client puts us on the supplier ladder.</translation>
    </message>
    <message>
        <source>Our view</source>
        <translation>Our view</translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Client&apos;s view</translation>
    </message>
    <message>
        <source>Client&apos;s view (from the answers)</source>
        <translation>Client&apos;s view (from the answers)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Latest assessment, {date}</source>
        <translation>Latest assessment, {date}</translation>
    </message>
    <message>
        <source>Where would the client put our competitors? Record them beside us.</source>
        <translation>Where would the client put our competitors? Record them beside us.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>We think we are a {ours}; the client sees a {client}. The client&apos;s view is the one that counts: that gap is what the plan has to close.</source>
        <translation>We think we are a {ours}; the client sees a {client}. The client&apos;s view is the one that counts: that gap is what the plan has to close.</translation>
    </message>
    <message>
        <source>no earlier assessment to compare with</source>
        <translation>no earlier assessment to compare with</translation>
    </message>
    <message>
        <source>{trend} since {date}</source>
        <translation>{trend} since {date}</translation>
    </message>
    <message numerus="yes">
        <source>▲ up %n rung(s)</source>
        <translation>
            <numerusform>▲ up %n rung</numerusform>
            <numerusform>▲ up %n rungs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ down %n rung(s)</source>
        <translation>
            <numerusform>▼ down %n rung</numerusform>
            <numerusform>▼ down %n rungs</numerusform>
        </translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= unchanged</translation>
    </message>
</context>
<context>
    <name>LadderPage</name>
    <message>
        <source>Price is all that counts: we are one of many.</source>
        <extracomment>the answer each combo index stands for: don&apos;t know, yes, no</extracomment>
        <translation>Price is all that counts: we are one of many.</translation>
    </message>
    <message>
        <source>Goods with small extras, still judged on price: one of some.</source>
        <translation>Goods with small extras, still judged on price: one of some.</translation>
    </message>
    <message>
        <source>We help the client reach its goals: one of the chosen.</source>
        <translation>We help the client reach its goals: one of the chosen.</translation>
    </message>
    <message>
        <source>An insider whose advice keeps adding to the client&apos;s success.</source>
        <translation>An insider whose advice keeps adding to the client&apos;s success.</translation>
    </message>
    <message>
        <source>To climb: add extras this client values (delivery, documents, service), so that price is no longer the only thing compared.</source>
        <translation>To climb: add extras this client values (delivery, documents, service), so that price is no longer the only thing compared.</translation>
    </message>
    <message>
        <source>To climb: learn the client&apos;s own goals, tie our offer to them and record the value we add, in money, in the value dossier.</source>
        <translation>To climb: learn the client&apos;s own goals, tie our offer to them and record the value we add, in money, in the value dossier.</translation>
    </message>
    <message>
        <source>To climb: bring advice the client acts on — joint plans, our experts in their projects, regular talks with their leaders.</source>
        <translation>To climb: bring advice the client acts on — joint plans, our experts in their projects, regular talks with their leaders.</translation>
    </message>
    <message>
        <source>At the top: keep the partnership visible, and review the value dossier with the client&apos;s leaders.</source>
        <translation>At the top: keep the partnership visible, and review the value dossier with the client&apos;s leaders.</translation>
    </message>
    <message>
        <source>Does the client need us as much as we need them?</source>
        <translation>Does the client need us as much as we need them?</translation>
    </message>
    <message>
        <source>Does the client sign contracts with our competitors?</source>
        <translation>Does the client sign contracts with our competitors?</translation>
    </message>
    <message>
        <source>Is the client keen to talk over its business problems with us?</source>
        <translation>Is the client keen to talk over its business problems with us?</translation>
    </message>
    <message>
        <source>Does the client buy from competitors now and then?</source>
        <translation>Does the client buy from competitors now and then?</translation>
    </message>
    <message>
        <source>Does the client exasperate us from time to time?</source>
        <translation>Does the client exasperate us from time to time?</translation>
    </message>
    <message>
        <source>Does the client put off visits that were agreed?</source>
        <translation>Does the client put off visits that were agreed?</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Our view</source>
        <translation>Our view</translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Client&apos;s view</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <source>Next steps to climb</source>
        <translation>Next steps to climb</translation>
    </message>
    <message>
        <source>ladder assessment</source>
        <translation>ladder assessment</translation>
    </message>
    <message>
        <source>Diagnostic questions</source>
        <translation>Diagnostic questions</translation>
    </message>
    <message>
        <source>Answer at least {needed} of the {total} questions to get a suggested rung ({answered} answered so far).</source>
        <translation>Answer at least {needed} of the {total} questions to get a suggested rung ({answered} answered so far).</translation>
    </message>
    <message>
        <source>Suggested by the answers: {level}</source>
        <translation>Suggested by the answers: {level}</translation>
    </message>
    <message>
        <source>Our view differs. What counts is where the client puts us, so the answers weigh more than our own estimate.</source>
        <translation>Our view differs. What counts is where the client puts us, so the answers weigh more than our own estimate.</translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <source>{name} left the company</source>
        <translation>{name} left the company</translation>
    </message>
    <message>
        <source>a company, or one of our accounts</source>
        <translation>a company, or one of our accounts</translation>
    </message>
    <message>
        <source>Keep them as a contact of that account</source>
        <translation>Keep them as a contact of that account</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Moved to</translation>
    </message>
    <message>
        <source>The contact stays here with their history and leaves the role map. Kept at our other account, they start there with their name, phone and personal notes, linked back to this one.</source>
        <translation>The contact stays here with their history and leaves the role map. Kept at our other account, they start there with their name, phone and personal notes, linked back to this one.</translation>
    </message>
</context>
<context>
    <name>LifecycleCharts</name>
    <message>
        <source>No reason recorded</source>
        <extracomment>the moves of the latest quarter named in the note how a quarter is numbered on a Russian axis</extracomment>
        <translation>No reason recorded</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Other reasons</translation>
    </message>
    <message>
        <source>No loss record</source>
        <translation>No loss record</translation>
    </message>
    <message>
        <source>Why clients were lost</source>
        <translation>Why clients were lost</translation>
    </message>
    <message>
        <source>Why clients fell asleep</source>
        <translation>Why clients fell asleep</translation>
    </message>
    <message>
        <source>Who entered each stage per quarter (in the funnel&apos;s colours), from the dated changes of the stages. A lost client&apos;s cause is that of its loss record; a sleeping client&apos;s reason is the one on the account, else its latest cooling reason.</source>
        <translation>Who entered each stage per quarter (in the funnel&apos;s colours), from the dated changes of the stages. A lost client&apos;s cause is that of its loss record; a sleeping client&apos;s reason is the one on the account, else its latest cooling reason.</translation>
    </message>
    <message>
        <source>Accounts by stage</source>
        <translation>Accounts by stage</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <source>Entered each stage, per quarter</source>
        <translation>Entered each stage, per quarter</translation>
    </message>
    <message>
        <source>{quarter}: entered “{stage}”</source>
        <translation>{quarter}: entered “{stage}”</translation>
    </message>
    <message>
        <source>No account changed its stage in these quarters</source>
        <translation>No account changed its stage in these quarters</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <translation>Q{quarter}</translation>
    </message>
    <message>
        <source>new in “{stage}”</source>
        <translation>new in “{stage}”</translation>
    </message>
    <message>
        <source>{quarter}: {moves}.</source>
        <translation>{quarter}: {moves}.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>LossCharts</name>
    <message>
        <source>No losses recorded. When a client is lost, the dossier asks why and for whom.</source>
        <translation>No losses recorded. When a client is lost, the dossier asks why and for whom.</translation>
    </message>
    <message>
        <source>By cause</source>
        <translation>By cause</translation>
    </message>
    <message>
        <source>By competitor who won</source>
        <translation>By competitor who won</translation>
    </message>
    <message>
        <source>Losses per year, from the loss records of the dossiers. {possible} can be won back; {planned} of them have a win-back plan with open actions.</source>
        <translation>Losses per year, from the loss records of the dossiers. {possible} can be won back; {planned} of them have a win-back plan with open actions.</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Losses</translation>
    </message>
    <message>
        <source>Other competitors</source>
        <translation>Other competitors</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <source>The client is lost: {account}</source>
        <translation>The client is lost: {account}</translation>
    </message>
    <message>
        <source>Why clients leave teaches more than satisfaction scores. Record why this one left and for whom, while it is fresh.</source>
        <translation>Why clients leave teaches more than satisfaction scores. Record why this one left and for whom, while it is fresh.</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>What happened, in a few words</translation>
    </message>
    <message>
        <source>Who won the client, if known</source>
        <translation>Who won the client, if known</translation>
    </message>
    <message>
        <source>What we could have done to keep the client</source>
        <translation>What we could have done to keep the client</translation>
    </message>
    <message>
        <source>The client can be won back</source>
        <translation>The client can be won back</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Competitor who won</source>
        <translation>Competitor who won</translation>
    </message>
    <message>
        <source>We could have</source>
        <translation>We could have</translation>
    </message>
    <message>
        <source>Record the loss</source>
        <translation>Record the loss</translation>
    </message>
</context>
<context>
    <name>LossPage</name>
    <message>
        <source>Studying the clients who leave for other suppliers teaches more than satisfaction scores: why they left, for whom, and what we could have done. A client that can be won back gets a plan; Today reminds of its actions.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Studying the clients who leave for other suppliers teaches more than satisfaction scores: why they left, for whom, and what we could have done. A client that can be won back gets a plan; Today reminds of its actions.</translation>
    </message>
    <message>
        <source>Win-back plan</source>
        <translation>Win-back plan</translation>
    </message>
    <message>
        <source>Select a loss to see its win-back plan.</source>
        <translation>Select a loss to see its win-back plan.</translation>
    </message>
    <message>
        <source>Win-back plan for the loss of {date}</source>
        <translation>Win-back plan for the loss of {date}</translation>
    </message>
</context>
<context>
    <name>LossSection</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>Win back</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>Record a loss…</source>
        <translation>Record a loss…</translation>
    </message>
    <message>
        <source>Record why the client left; the account becomes lost</source>
        <translation>Record why the client left; the account becomes lost</translation>
    </message>
    <message>
        <source>Delete loss</source>
        <translation>Delete loss</translation>
    </message>
    <message>
        <source>Delete the selected loss with its win-back plan (Ctrl+Z undoes it)</source>
        <translation>Delete the selected loss with its win-back plan (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>Competitor who won</source>
        <translation>Competitor who won</translation>
    </message>
    <message>
        <source>We could have</source>
        <translation>We could have</translation>
    </message>
    <message>
        <source>The client can be won back</source>
        <translation>The client can be won back</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <extracomment>which dossier section a Today line opens</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>The change was not made</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Open account</translation>
    </message>
    <message>
        <source>&amp;Import interchange file…</source>
        <translation>&amp;Import interchange file…</translation>
    </message>
    <message>
        <source>&amp;Export portfolio…</source>
        <translation>&amp;Export portfolio…</translation>
    </message>
    <message>
        <source>&amp;Send to a colleague…</source>
        <translation>&amp;Send to a colleague…</translation>
    </message>
    <message>
        <source>Re&amp;ceive from a colleague…</source>
        <translation>Re&amp;ceive from a colleague…</translation>
    </message>
    <message>
        <source>Exchange &amp;conflicts…</source>
        <translation>Exchange &amp;conflicts…</translation>
    </message>
    <message>
        <source>S&amp;ynchronise with the team server…</source>
        <translation>S&amp;ynchronise with the team server…</translation>
    </message>
    <message>
        <source>Load &amp;demo portfolio</source>
        <translation>Load &amp;demo portfolio</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;tore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>&amp;Delete account</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;About KAM Desktop</source>
        <translation>&amp;About KAM Desktop</translation>
    </message>
    <message>
        <source>The portfolio could not be read</source>
        <translation>The portfolio could not be read</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop the open actions of {account}</source>
        <translation>Drop the open actions of {account}</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Account name:</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>The account was not created</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <source>The account was not deleted</source>
        <translation>The account was not deleted</translation>
    </message>
    <message>
        <source>Account deleted. Ctrl+Z brings it back.</source>
        <translation>Account deleted. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Import interchange file</source>
        <translation>Import interchange file</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>The file was not imported</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{added} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Export portfolio</source>
        <translation>Export portfolio</translation>
    </message>
    <message>
        <source>The portfolio was not exported</source>
        <translation>The portfolio was not exported</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>The demo portfolio was not loaded</source>
        <translation>The demo portfolio was not loaded</translation>
    </message>
    <message>
        <source>No backup was written</source>
        <translation>No backup was written</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Nothing was restored</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The portfolio is as it was in the backup. The database as it was before is kept as the backup {path}</source>
        <translation>The portfolio is as it was in the backup. The database as it was before is kept as the backup {path}</translation>
    </message>
    <message>
        <source>About KAM Desktop</source>
        <translation>About KAM Desktop</translation>
    </message>
    <message>
        <source>KAM Desktop {version}
Key-account management for the road.

Database: {path}</source>
        <translation>KAM Desktop {version}
Key-account management for the road.

Database: {path}</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <source>More of what the client already buys from us: volumes, departments, sites.</source>
        <translation>More of what the client already buys from us: volumes, departments, sites.</translation>
    </message>
    <message>
        <source>Serve the client better: delivery, support, training, easier ordering.</source>
        <translation>Serve the client better: delivery, support, training, easier ordering.</translation>
    </message>
    <message>
        <source>Something new for the client: products, services or projects it does not buy from us yet.</source>
        <translation>Something new for the client: products, services or projects it does not buy from us yet.</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Serves the goal</source>
        <translation>Serves the goal</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunity</translation>
    </message>
    <message>
        <source>Show opportunities of class</source>
        <translation>Show opportunities of class</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Priority: the expected benefit for each unit of money spent. The best come first.</source>
        <translation>Priority: the expected benefit for each unit of money spent. The best come first.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Expected benefit</translation>
    </message>
    <message>
        <source>What we expect to gain from it, in money</source>
        <translation>What we expect to gain from it, in money</translation>
    </message>
    <message>
        <source>What it will cost us, in money</source>
        <translation>What it will cost us, in money</translation>
    </message>
    <message>
        <source>People needed</source>
        <translation>People needed</translation>
    </message>
    <message>
        <source>Days needed</source>
        <translation>Days needed</translation>
    </message>
    <message>
        <source>Serves the plan goal</source>
        <translation>Serves the plan goal</translation>
    </message>
    <message>
        <source>The goal of the account development plan this opportunity serves</source>
        <translation>The goal of the account development plan this opportunity serves</translation>
    </message>
    <message>
        <source>Make a plan goal of it</source>
        <translation>Make a plan goal of it</translation>
    </message>
    <message>
        <source>Add a goal to the account plan whose aim is this opportunity, and link them</source>
        <translation>Add a goal to the account plan whose aim is this opportunity, and link them</translation>
    </message>
    <message>
        <source>Expected benefit, {currency}</source>
        <translation>Expected benefit, {currency}</translation>
    </message>
    <message>
        <source>Cost, {currency}</source>
        <translation>Cost, {currency}</translation>
    </message>
    <message>
        <source>Make a plan goal</source>
        <translation>Make a plan goal</translation>
    </message>
    <message>
        <source>Our goal will be “{title}”. Which goal of the client does it serve?</source>
        <translation>Our goal will be “{title}”. Which goal of the client does it serve?</translation>
    </message>
    <message>
        <source>Make a plan goal of an opportunity</source>
        <translation>Make a plan goal of an opportunity</translation>
    </message>
    <message>
        <source>The client&apos;s goal: {problem}</source>
        <translation>The client&apos;s goal: {problem}</translation>
    </message>
    <message>
        <source>Cannot make a plan goal</source>
        <translation>Cannot make a plan goal</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>not estimated</translation>
    </message>
    <message>
        <source>New opportunity {n}</source>
        <translation>New opportunity {n}</translation>
    </message>
</context>
<context>
    <name>OrgChartPage</name>
    <message>
        <source>Org chart</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Org chart</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the chart to the window</source>
        <translation>Fit the chart to the window</translation>
    </message>
    <message>
        <source>Lines from our team: solid — top-to-top (our executive mirrors a leader), dashed — other mirrors. Double-click a card to open it.</source>
        <translation>Lines from our team: solid — top-to-top (our executive mirrors a leader), dashed — other mirrors. Double-click a card to open it.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export the chart as a picture</source>
        <translation>Export the chart as a picture</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <source>Export the chart as a drawing</source>
        <translation>Export the chart as a drawing</translation>
    </message>
    <message>
        <source>Not yet placed in the structure</source>
        <translation>Not yet placed in the structure</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Our team</translation>
    </message>
    <message>
        <source>No contacts yet: add the client&apos;s people in Contacts.</source>
        <translation>No contacts yet: add the client&apos;s people in Contacts.</translation>
    </message>
    <message>
        <source>Nobody&apos;s manager is known yet: set “Reports to” in Contacts to build the chart.</source>
        <translation>Nobody&apos;s manager is known yet: set “Reports to” in Contacts to build the chart.</translation>
    </message>
    <message>
        <source>Export the org chart</source>
        <translation>Export the org chart</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Could not write {path}</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Pages of the report</source>
        <translation>Pages of the report</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Fit the page to the width</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>2025 or 2025-Q3</source>
        <translation>2025 or 2025-Q3</translation>
    </message>
    <message>
        <source>Write a year (2025) or a quarter (2025-Q3).</source>
        <translation>Write a year (2025) or a quarter (2025-Q3).</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Product / service</source>
        <translation>Product / service</translation>
    </message>
    <message>
        <source>Redesign, extra benefits, other quantities or packaging, a new offer.</source>
        <translation>Redesign, extra benefits, other quantities or packaging, a new offer.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Lower to win a bigger share, or higher for a new product.</source>
        <translation>Lower to win a bigger share, or higher for a new product.</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Meetings, presentations and seminars, exhibitions, sponsorship, newsletters.</source>
        <translation>Meetings, presentations and seminars, exhibitions, sponsorship, newsletters.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Ways of distribution, quality control, outsourced delivery, new channels.</source>
        <translation>Ways of distribution, quality control, outsourced delivery, new channels.</translation>
    </message>
    <message>
        <source>no actions</source>
        <translation>no actions</translation>
    </message>
    <message>
        <source>{done} of {total} ({percent}%)</source>
        <translation>{done} of {total} ({percent}%)</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Select a goal to see its actions.</source>
        <translation>Select a goal to see its actions.</translation>
    </message>
    <message>
        <source>Actions for the goal “{goal}”</source>
        <translation>Actions for the goal “{goal}”</translation>
    </message>
</context>
<context>
    <name>PlanProgressBar</name>
    <message>
        <source>Plan progress</source>
        <translation>Plan progress</translation>
    </message>
    <message>
        <source>Done actions of all goals; dropped actions are not counted</source>
        <translation>Done actions of all goals; dropped actions are not counted</translation>
    </message>
    <message>
        <source>no actions yet</source>
        <translation>no actions yet</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Done: {done} of {total}</source>
        <translation>Done: {done} of {total}</translation>
    </message>
    <message>
        <source>⚠ Overdue: {count}</source>
        <translation>⚠ Overdue: {count}</translation>
    </message>
</context>
<context>
    <name>PlanReviewLine</name>
    <message>
        <source>Record a plan review…</source>
        <translation>Record a plan review…</translation>
    </message>
    <message>
        <source>Add a “plan review” entry dated today to the diary, then write there what the team decided</source>
        <translation>Add a “plan review” entry dated today to the diary, then write there what the team decided</translation>
    </message>
    <message>
        <source>No reviews while the client is lost or sleeping: its plan is closed, or waits until it is woken.</source>
        <translation>No reviews while the client is lost or sleeping: its plan is closed, or waits until it is woken.</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>The written plan was never reviewed with the team ({every} for this category).</source>
        <translation>The written plan was never reviewed with the team ({every} for this category).</translation>
    </message>
    <message>
        <source>Plan last reviewed {last}; next review {due} ({every})</source>
        <translation>Plan last reviewed {last}; next review {due} ({every})</translation>
    </message>
    <message>
        <source>Record a plan review</source>
        <translation>Record a plan review</translation>
    </message>
    <message>
        <source>Plan reviewed with the team</source>
        <translation>Plan reviewed with the team</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who on our side does it</source>
        <translation>Who on our side does it</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>The dossier holds every part.</source>
        <extracomment>the shortest search text that is also looked up in the diaries the columns hidden until the user shows them (the header&apos;s context menu): the others fit a 1366-pixel-wide screen the roles the model answers: the view asks each painted cell for many more room beside a cell&apos;s text, and beside a header&apos;s title (its sort arrow)</extracomment>
        <translation>The dossier holds every part.</translation>
    </message>
    <message>
        <source>Missing: {parts}</source>
        <translation>Missing: {parts}</translation>
    </message>
    <message>
        <source>Deals</source>
        <extracomment>currency -&gt; its worth in the main currency: money columns sort by it (account id, column) -&gt; the text shown the searches typed on from the rows meeting the other criteria, each with the rows it found, each narrowing the one before (PortfolioModel._searched) (key, title, the text shown, the sort key) of each column</extracomment>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Last deal</source>
        <translation>Last deal</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Average deal</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Holding</translation>
    </message>
    <message>
        <source>Group: {amount}</source>
        <extracomment>how far a subsidiary&apos;s name is moved in, per level below its holding each holding&apos;s group revenue, while grouping</extracomment>
        <translation>Group: {amount}</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Search by account, INN, contact or diary text (Ctrl+F)</source>
        <extracomment>the columns whose text may be longer than the column: a tooltip shows it whole</extracomment>
        <translation>Search by account, INN, contact or diary text (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>All ABC classes</source>
        <translation>All ABC classes</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Group by holding</source>
        <translation>Group by holding</translation>
    </message>
    <message>
        <source>Each holding&apos;s companies under it, with the group&apos;s revenue in the Holding column</source>
        <translation>Each holding&apos;s companies under it, with the group&apos;s revenue in the Holding column</translation>
    </message>
    <message numerus="yes">
        <source>ABC: %n account(s) in {currency} have no rate for {year} — not compared: {names}.</source>
        <translation>
            <numerusform>ABC: %n account in {currency} has no rate for {year} — not compared: {names}.</numerusform>
            <numerusform>ABC: %n accounts in {currency} have no rate for {year} — not compared: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the rates in Preferences, on the Currencies page.</source>
        <translation>Enter the rates in Preferences, on the Currencies page.</translation>
    </message>
</context>
<context>
    <name>PotentialSection</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>purchase potential</source>
        <translation>purchase potential</translation>
    </message>
    <message>
        <source>What the client buys a year of the kinds of goods we sell, from us and from others</source>
        <translation>What the client buys a year of the kinds of goods we sell, from us and from others</translation>
    </message>
    <message>
        <source>A potential for {year} is already recorded.</source>
        <translation>A potential for {year} is already recorded.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>an address with something on both sides of one &quot;@&quot; and a dot in its domain</extracomment>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Who the reports are from</source>
        <extracomment>option name -&gt; its field, for every numeric preference option name -&gt; its field, for every free text (a file&apos;s is read-only)</extracomment>
        <translation>Who the reports are from</translation>
    </message>
    <message>
        <source>Plan reviews and hand-overs</source>
        <translation>Plan reviews and hand-overs</translation>
    </message>
    <message>
        <source>The value dossier shows them on its cover and at the foot of every page; the internal reports name you as their author.</source>
        <translation>The value dossier shows them on its cover and at the foot of every page; the internal reports name you as their author.</translation>
    </message>
    <message>
        <source>Plans and hand-overs</source>
        <translation>Plans and hand-overs</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Product groups</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team server</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Currencies</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>This file cannot be used as the logo: it is not a PNG, SVG or JPEG picture that can be read.</source>
        <translation>This file cannot be used as the logo: it is not a PNG, SVG or JPEG picture that can be read.</translation>
    </message>
    <message>
        <source>The text is too long or holds a control character.</source>
        <translation>The text is too long or holds a control character.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} is not an e-mail address.</translation>
    </message>
    <message>
        <source>The system keyring did not keep the password: it will be asked at each synchronisation.</source>
        <translation>The system keyring did not keep the password: it will be asked at each synchronisation.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <extracomment>rows shown in the preview a bad row&apos;s tint: translucent, so it reads on light and dark backgrounds</extracomment>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Column {number}</translation>
    </message>
</context>
<context>
    <name>ProductGroupsPage</name>
    <message>
        <source>The groups of goods you sell, in the order the share-by-group table, the dashboard&apos;s filter and the whitespace view show them. Double-click a group to rename it. Deals keep the group the ERP gave them: a group not on the list is shown under its own name.</source>
        <translation>The groups of goods you sell, in the order the share-by-group table, the dashboard&apos;s filter and the whitespace view show them. Double-click a group to rename it. Deals keep the group the ERP gave them: a group not on the list is shown under its own name.</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Product groups</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n group(s) named in the deals</source>
        <translation>
            <numerusform>Add the group named in the deals</numerusform>
            <numerusform>Add the %n groups named in the deals</numerusform>
        </translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>The group “{name}…” is too long: at most {limit} characters.</source>
        <translation>The group “{name}…” is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>The group “{name}” is on the list twice.</source>
        <translation>The group “{name}” is on the list twice.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Company</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Company</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation>10 or 12 digits</translation>
    </message>
    <message>
        <source>Holding / parent company</source>
        <translation>Holding / parent company</translation>
    </message>
    <message>
        <source>The group this company belongs to; type to search</source>
        <translation>The group this company belongs to; type to search</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>How many people the company employs</source>
        <translation>How many people the company employs</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Plants, warehouses and branches: each may have its own buyers</source>
        <translation>Plants, warehouses and branches: each may have its own buyers</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Responsible KAM</source>
        <translation>Responsible KAM</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>A key account that buys on price alone: the sources doubt such a client&apos;s value to us. Check the category, or give it reasons to stay beyond price (the value dossier, switching barriers).</source>
        <translation>A key account that buys on price alone: the sources doubt such a client&apos;s value to us. Check the category, or give it reasons to stay beyond price (the value dossier, switching barriers).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why the client is sleeping or lost — needed for those stages</source>
        <translation>Why the client is sleeping or lost — needed for those stages</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Purchase potential by year</source>
        <translation>Purchase potential by year</translation>
    </message>
    <message>
        <source>Share of wallet: our revenue as a part of what the client buys of our kinds of goods. Each period is set against the potential of its own year — the latest estimate up to then — and a quarter against a quarter of it.</source>
        <translation>Share of wallet: our revenue as a part of what the client buys of our kinds of goods. Each period is set against the potential of its own year — the latest estimate up to then — and a quarter against a quarter of it.</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <source>Give the client&apos;s purchase potential by year to see the share of wallet.</source>
        <translation>Give the client&apos;s purchase potential by year to see the share of wallet.</translation>
    </message>
    <message>
        <source>No potential is recorded for {periods} or before: give the potential of those years to see their share of wallet.</source>
        <translation>No potential is recorded for {periods} or before: give the potential of those years to see their share of wallet.</translation>
    </message>
    <message>
        <source>Our revenue and share of wallet, {currency}</source>
        <translation>Our revenue and share of wallet, {currency}</translation>
    </message>
    <message>
        <source>⚠ Our revenue exceeds the client&apos;s potential in {periods}: the potential is probably too low.</source>
        <translation>⚠ Our revenue exceeds the client&apos;s potential in {periods}: the potential is probably too low.</translation>
    </message>
    <message>
        <source>Edit account profile</source>
        <translation>Edit account profile</translation>
    </message>
</context>
<context>
    <name>PurchaseFigures</name>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Average deal</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>Purchase frequency</translation>
    </message>
    <message>
        <source>Deals in the last 12 months</source>
        <translation>Deals in the last 12 months</translation>
    </message>
    <message>
        <source>Since the last deal</source>
        <translation>Since the last deal</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Repeat purchases</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), {total} in all</source>
        <translation>
            <numerusform>%n deal, {total} in all</numerusform>
            <numerusform>%n deals, {total} in all</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s) on average</source>
        <translation>
            <numerusform>every %n day on average</numerusform>
            <numerusform>every %n days on average</numerusform>
        </translation>
    </message>
    <message>
        <source>{now} (the 12 months before: {before}, {change})</source>
        <translation>{now} (the 12 months before: {before}, {change})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), on {date}</source>
        <translation>
            <numerusform>%n day, on {date}</numerusform>
            <numerusform>%n days, on {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} of the years with purchases had two or more</source>
        <translation>{share} of the years with purchases had two or more</translation>
    </message>
</context>
<context>
    <name>PurchasesChart</name>
    <message>
        <source>no deals</source>
        <translation>no deals</translation>
    </message>
    <message>
        <source>over {days}</source>
        <translation>over {days}</translation>
    </message>
    <message>
        <source>No deals yet: import them from the ERP (File → Import deals from the ERP…) or add them in a dossier</source>
        <translation>No deals yet: import them from the ERP (File → Import deals from the ERP…) or add them in a dossier</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Days since the last deal</source>
        <translation>Days since the last deal</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>No deals in the last 12 months.</source>
        <translation>No deals in the last 12 months.</translation>
    </message>
    <message>
        <source>Last 12 months: {deals} deals, average deal {average}; repeat purchases: {repeat} of the accounts that bought ({repeaters} of {buyers}) bought twice or more.</source>
        <translation>Last 12 months: {deals} deals, average deal {average}; repeat purchases: {repeat} of the accounts that bought ({repeaters} of {buyers}) bought twice or more.</translation>
    </message>
    <message>
        <source>A client buys every {days} days on average.</source>
        <translation>A client buys every {days} days on average.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>Main currency</source>
        <translation>Main currency</translation>
    </message>
    <message>
        <source>ABC classes, the dashboard&apos;s money charts and the portfolio report compare accounts in the main currency. An account kept in another currency is converted at the rate of the period; without a rate it is left out of the comparison and named in a note.</source>
        <translation>ABC classes, the dashboard&apos;s money charts and the portfolio report compare accounts in the main currency. An account kept in another currency is converted at the rate of the period; without a rate it is left out of the comparison and named in a note.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Period or date</source>
        <translation>Period or date</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>2025, 2025-Q3 or 2025-03-14</source>
        <translation>2025, 2025-Q3 or 2025-03-14</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Import central bank rates…</source>
        <translation>Import central bank rates…</translation>
    </message>
    <message>
        <source>A rate is how many units of the main currency one unit of the currency was worth: for a year, a quarter or a day. A year without its own rate takes the mean of its days&apos; rates, then of its quarters&apos;; a rate never carries over from another year. The central bank&apos;s file (cbr.ru, &quot;Dynamics of the official rate&quot;, saved as CSV or XLSX) gives rates in roubles.</source>
        <translation>A rate is how many units of the main currency one unit of the currency was worth: for a year, a quarter or a day. A year without its own rate takes the mean of its days&apos; rates, then of its quarters&apos;; a rate never carries over from another year. The central bank&apos;s file (cbr.ru, &quot;Dynamics of the official rate&quot;, saved as CSV or XLSX) gives rates in roubles.</translation>
    </message>
    <message>
        <source>Write the main currency as its three-letter code, such as RUB.</source>
        <translation>Write the main currency as its three-letter code, such as RUB.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} is not a number.</translation>
    </message>
    <message>
        <source>Import central bank rates</source>
        <translation>Import central bank rates</translation>
    </message>
    <message>
        <source>The file does not say which currency its rates are of. Currency:</source>
        <translation>The file does not say which currency its rates are of. Currency:</translation>
    </message>
    <message>
        <source>{read} rates read, {changed} new or changed (in {base}).</source>
        <translation>{read} rates read, {changed} new or changed (in {base}).</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Exchange rates</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>Add</source>
        <extracomment>the narrowest a record&apos;s editor gets, beside its table the rows a table&apos;s columns are fitted to</extracomment>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a new record</source>
        <translation>Add a new record</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected record (Ctrl+Z undoes it)</source>
        <translation>Delete the selected record (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>Nothing here yet. Press “Add” to create the first one.</source>
        <translation>Nothing here yet. Press “Add” to create the first one.</translation>
    </message>
    <message>
        <source>Select a line to see and edit it.</source>
        <translation>Select a line to see and edit it.</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Edit {noun}</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>Add {noun}</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>Delete {noun}</translation>
    </message>
</context>
<context>
    <name>RelationshipCharts</name>
    <message>
        <source>No client contacts on record</source>
        <translation>No client contacts on record</translation>
    </message>
    <message>
        <source>No leader identified</source>
        <translation>No leader identified</translation>
    </message>
    <message>
        <source>Only butlers and assistants known</source>
        <translation>Only butlers and assistants known</translation>
    </message>
    <message>
        <source>An opponent among leaders or specifiers</source>
        <translation>An opponent among leaders or specifiers</translation>
    </message>
    <message>
        <source>A leader nobody on our side mirrors</source>
        <translation>A leader nobody on our side mirrors</translation>
    </message>
    <message>
        <source>No top-to-top with a leader</source>
        <translation>No top-to-top with a leader</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>A leader is identified at {count} of {total} accounts. Without a leader we sell to people who do not decide; where only butlers and assistants are known, ask them, or our own team, for other contacts.</source>
        <translation>A leader is identified at {count} of {total} accounts. Without a leader we sell to people who do not decide; where only butlers and assistants are known, ask them, or our own team, for other contacts.</translation>
    </message>
    <message>
        <source>{department} at the stage “{stage}”</source>
        <translation>{department} at the stage “{stage}”</translation>
    </message>
    <message>
        <source>n = {count}</source>
        <translation>n = {count}</translation>
    </message>
    <message>
        <source>Average share of the work at the stage</source>
        <translation>Average share of the work at the stage</translation>
    </message>
    <message>
        <source>Each stage of serving a client, with the average share of each of our departments over the accounts whose map has that stage (n). Click a segment for the accounts where the department takes part.</source>
        <translation>Each stage of serving a client, with the average share of each of our departments over the accounts whose map has that stage (n). Click a segment for the accounts where the department takes part.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <extracomment>why there is no report (a service&apos;s message, or the system&apos;s)</extracomment>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>the built previews; removed on closing, and at the latest when the dialog is garbage or the program ends, so no internal report stays behind in /tmp the built report on show, open for the preview and the printer</extracomment>
        <translation>Report</translation>
    </message>
    <message>
        <source>Value dossier (for the client)</source>
        <translation>Value dossier (for the client)</translation>
    </message>
    <message>
        <source>Meeting pack (internal)</source>
        <translation>Meeting pack (internal)</translation>
    </message>
    <message>
        <source>Account plan (internal)</source>
        <translation>Account plan (internal)</translation>
    </message>
    <message>
        <source>Hand-over pack (internal)</source>
        <translation>Hand-over pack (internal)</translation>
    </message>
    <message>
        <source>Portfolio report (internal)</source>
        <translation>Portfolio report (internal)</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>From: {issuer}. Set in Edit → Preferences.</source>
        <translation>From: {issuer}. Set in Edit → Preferences.</translation>
    </message>
    <message>
        <source>The reports do not say who they are from: set your company and your name in Edit → Preferences.</source>
        <translation>The reports do not say who they are from: set your company and your name in Edit → Preferences.</translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation>Building the report</translation>
    </message>
    <message>
        <source>Open after saving</source>
        <translation>Open after saving</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Value dossier</source>
        <translation>Value dossier</translation>
    </message>
    <message>
        <source>Only a period</source>
        <translation>Only a period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Client departments</source>
        <translation>Client departments</translation>
    </message>
    <message>
        <source>No value entry names a department yet.</source>
        <translation>No value entry names a department yet.</translation>
    </message>
    <message>
        <source>Show our cost</source>
        <translation>Show our cost</translation>
    </message>
    <message>
        <source>Leave it off when the client should see only the value they received</source>
        <translation>Leave it off when the client should see only the value they received</translation>
    </message>
    <message>
        <source>For the client: personal notes, the role map, stances, strategy, opportunities and the diary never appear in it.</source>
        <translation>For the client: personal notes, the role map, stances, strategy, opportunities and the diary never appear in it.</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <source>Who will be at the meeting</source>
        <translation>Who will be at the meeting</translation>
    </message>
    <message>
        <source>Internal and confidential: it holds the personal notes of the people you tick. Do not hand it to the client.</source>
        <translation>Internal and confidential: it holds the personal notes of the people you tick. Do not hand it to the client.</translation>
    </message>
    <message>
        <source>Account plan</source>
        <translation>Account plan</translation>
    </message>
    <message>
        <source>The plan in writing, for the team: the situation, the goals with their strategy, resources and actions, the risks. Internal; it holds no personal notes.</source>
        <translation>The plan in writing, for the team: the situation, the goals with their strategy, resources and actions, the risks. Internal; it holds no personal notes.</translation>
    </message>
    <message>
        <source>Hand-over pack</source>
        <translation>Hand-over pack</translation>
    </message>
    <message>
        <source>Who takes the account on</source>
        <translation>Who takes the account on</translation>
    </message>
    <message>
        <source>Taken on by</source>
        <translation>Taken on by</translation>
    </message>
    <message>
        <source>Internal and confidential. The contacts&apos; personal notes are in it only when the receiver is on the account team.</source>
        <translation>Internal and confidential. The contacts&apos; personal notes are in it only when the receiver is on the account team.</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Portfolio report</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Owners</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>The report cannot be built: {problem}</source>
        <translation>The report cannot be built: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Sent to the printer: %n page.</numerusform>
            <numerusform>Sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer {printer} could not print the report.</source>
        <translation>The printer {printer} could not print the report.</translation>
    </message>
    <message>
        <source>{account} — value dossier</source>
        <translation>{account} — value dossier</translation>
    </message>
    <message>
        <source>{account} — meeting pack</source>
        <translation>{account} — meeting pack</translation>
    </message>
    <message>
        <source>{account} — account plan</source>
        <translation>{account} — account plan</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>Could not write {path}: {problem}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Backups are written at start-up before the database is updated, before an exchange, before a restore, and when you ask for one.</source>
        <translation>Backups are written at start-up before the database is updated, before an exchange, before a restore, and when you ask for one.</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <source>The portfolio goes back to how it was on {when}: what was written since then leaves it. The database as it is now is kept as a backup first, so this too can be undone by restoring that backup. People erased since then stay erased. The undo history is cleared.</source>
        <translation>The portfolio goes back to how it was on {when}: what was written since then leaves it. The database as it is now is kept as a backup first, so this too can be undone by restoring that backup. People erased since then stay erased. The undo history is cleared.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>before an update of the database</source>
        <translation>before an update of the database</translation>
    </message>
    <message>
        <source>before an exchange</source>
        <translation>before an exchange</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
</context>
<context>
    <name>RevenueCharts</name>
    <message>
        <source>No account has revenue in {year}</source>
        <translation>No account has revenue in {year}</translation>
    </message>
    <message>
        <source>{share} of revenue</source>
        <translation>{share} of revenue</translation>
    </message>
    <message>
        <source>Accounts with revenue, largest first</source>
        <translation>Accounts with revenue, largest first</translation>
    </message>
    <message>
        <source>Cumulative share of revenue {year}</source>
        <translation>Cumulative share of revenue {year}</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Class {abc}</source>
        <translation>Class {abc}</translation>
    </message>
    <message>
        <source>{abc}: {count}, {share} of revenue</source>
        <translation>{abc}: {count}, {share} of revenue</translation>
    </message>
    <message>
        <source>D (no revenue in {year}): {count}</source>
        <translation>D (no revenue in {year}): {count}</translation>
    </message>
    <message>
        <source>No account has a potential of {group} in {year}</source>
        <translation>No account has a potential of {group} in {year}</translation>
    </message>
    <message>
        <source>Annual purchase potential, {unit}</source>
        <translation>Annual purchase potential, {unit}</translation>
    </message>
    <message>
        <source>Annual purchases of {group}, {unit}</source>
        <translation>Annual purchases of {group}, {unit}</translation>
    </message>
    <message>
        <source>(logarithmic scale)</source>
        <translation>(logarithmic scale)</translation>
    </message>
    <message>
        <source>Our share of wallet in {year}</source>
        <translation>Our share of wallet in {year}</translation>
    </message>
    <message>
        <source>Our share of {group} in {year}</source>
        <translation>Our share of {group} in {year}</translation>
    </message>
    <message>
        <source>where to grow</source>
        <translation>where to grow</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Bubbles under the pointer — {count}</source>
        <translation>Bubbles under the pointer — {count}</translation>
    </message>
    <message>
        <source>Where to grow: a large potential, a small share — {count}</source>
        <translation>Where to grow: a large potential, a small share — {count}</translation>
    </message>
    <message>
        <source>Bubble size: revenue in {year}. Dotted lines: the portfolio&apos;s medians; the shaded corner holds the accounts with a large potential and a small share.</source>
        <translation>Bubble size: revenue in {year}. Dotted lines: the portfolio&apos;s medians; the shaded corner holds the accounts with a large potential and a small share.</translation>
    </message>
    <message>
        <source>Not shown (no potential or no revenue): {count}.</source>
        <translation>Not shown (no potential or no revenue): {count}.</translation>
    </message>
</context>
<context>
    <name>RevenueSection</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Change of share</source>
        <translation>Change of share</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>revenue</translation>
    </message>
    <message>
        <source>2025 or 2025-Q3</source>
        <translation>2025 or 2025-Q3</translation>
    </message>
    <message>
        <source>Unknown: no purchase potential is recorded for {year} or a year before.</source>
        <translation>Unknown: no purchase potential is recorded for {year} or a year before.</translation>
    </message>
    <message>
        <source>Unknown: the potential in force is zero.</source>
        <translation>Unknown: the potential in force is zero.</translation>
    </message>
    <message>
        <source>Revenue for {period} is already recorded.</source>
        <translation>Revenue for {period} is already recorded.</translation>
    </message>
</context>
<context>
    <name>RoleMapPage</name>
    <message>
        <source>Interest {interest}, involvement {involvement}</source>
        <extracomment>our people mirroring the contact (domain.rolemap.Mirror), executives first the line to the contact&apos;s point; the scene shows it beneath every card</extracomment>
        <translation>Interest {interest}, involvement {involvement}</translation>
    </message>
    <message>
        <source>Mirrored by: {names}</source>
        <translation>Mirrored by: {names}</translation>
    </message>
    <message>
        <source>Last met: {days}</source>
        <translation>Last met: {days}</translation>
    </message>
    <message>
        <source>Involvement in the decision →</source>
        <extracomment>where the axes&apos; titles are written: the cards keep clear of them and of the scale&apos;s numbers, so a card never stands left of the map or below it</extracomment>
        <translation>Involvement in the decision →</translation>
    </message>
    <message>
        <source>Interest in the purchase →</source>
        <translation>Interest in the purchase →</translation>
    </message>
    <message>
        <source>{name}: new on the map ({role})</source>
        <translation>{name}: new on the map ({role})</translation>
    </message>
    <message>
        <source>{name}: no longer on the map (was {role})</source>
        <translation>{name}: no longer on the map (was {role})</translation>
    </message>
    <message>
        <source>{name}: {before} → {after}</source>
        <translation>{name}: {before} → {after}</translation>
    </message>
    <message>
        <source>{name}: still {role}</source>
        <translation>{name}: still {role}</translation>
    </message>
    <message>
        <source>Role map</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Role map</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Fit the map to the window</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export the map as a picture</source>
        <translation>Export the map as a picture</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <source>Export the map as a drawing</source>
        <translation>Export the map as a drawing</translation>
    </message>
    <message>
        <source>Whole group</source>
        <translation>Whole group</translation>
    </message>
    <message>
        <source>Show the people of the holding and all its companies; theirs are edited in their own dossiers</source>
        <translation>Show the people of the holding and all its companies; theirs are edited in their own dossiers</translation>
    </message>
    <message>
        <source>Drag a card, or select it and use the arrow keys, to change interest and involvement.</source>
        <extracomment>the contacts of the group&apos;s other companies on the map (read-only)</extracomment>
        <translation>Drag a card, or select it and use the arrow keys, to change interest and involvement.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Who changed role</source>
        <translation>Who changed role</translation>
    </message>
    <message>
        <source>Arrows run from the earlier position to the later one; highlighted arrows mark a change of role.</source>
        <translation>Arrows run from the earlier position to the later one; highlighted arrows mark a change of role.</translation>
    </message>
    <message>
        <source>No leader identified: find out who decides and whose targets the purchase touches.</source>
        <translation>No leader identified: find out who decides and whose targets the purchase touches.</translation>
    </message>
    <message>
        <source>Every known contact is an assistant or a butler: ask them, with respect, for access to the people who decide.</source>
        <translation>Every known contact is an assistant or a butler: ask them, with respect, for access to the people who decide.</translation>
    </message>
    <message>
        <source>An opponent holds a key role: {names}. Learn their objections and who can win them over.</source>
        <translation>An opponent holds a key role: {names}. Learn their objections and who can win them over.</translation>
    </message>
    <message>
        <source>Nobody from our team has met the leader yet: {names}.</source>
        <translation>Nobody from our team has met the leader yet: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>No contact with the leader for %n day(s): {names}.</source>
        <translation>
            <numerusform>No contact with the leader for %n day: {names}.</numerusform>
            <numerusform>No contact with the leader for %n days: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No top-to-top with the leader: none of our executives mirrors {names}.</source>
        <translation>No top-to-top with the leader: none of our executives mirrors {names}.</translation>
    </message>
    <message>
        <source>Nobody on our side mirrors: {names}.</source>
        <translation>Nobody on our side mirrors: {names}.</translation>
    </message>
    <message>
        <source>Nothing to warn about.</source>
        <translation>Nothing to warn about.</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>No contact selected</translation>
    </message>
    <message>
        <source>Select a card to see what its role means and how to work with the person.</source>
        <translation>Select a card to see what its role means and how to work with the person.</translation>
    </message>
    <message>
        <source>Nobody changed role.</source>
        <translation>Nobody changed role.</translation>
    </message>
    <message>
        <source>Save a snapshot of the role map</source>
        <translation>Save a snapshot of the role map</translation>
    </message>
    <message>
        <source>Delete a snapshot of the role map</source>
        <translation>Delete a snapshot of the role map</translation>
    </message>
    <message>
        <source>Move {name} on the role map</source>
        <translation>Move {name} on the role map</translation>
    </message>
    <message>
        <source>Export the role map</source>
        <translation>Export the role map</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Could not write {path}</translation>
    </message>
</context>
<context>
    <name>SceneExport</name>
    <message>
        <source>PNG pictures (*.png)</source>
        <extracomment>fitting never shrinks the drawing below this: smaller, a card&apos;s text cannot be read, and a large org chart scrolls instead</extracomment>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
</context>
<context>
    <name>ScopeSwitch</name>
    <message>
        <source>My accounts ({count})</source>
        <translation>My accounts ({count})</translation>
    </message>
    <message>
        <source>Everyone&apos;s ({count})</source>
        <translation>Everyone&apos;s ({count})</translation>
    </message>
    <message>
        <source>The accounts {name} owns or whose account team they are on</source>
        <translation>The accounts {name} owns or whose account team they are on</translation>
    </message>
    <message>
        <source>Give your name in Preferences to see your accounts only</source>
        <translation>Give your name in Preferences to see your accounts only</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to a colleague</source>
        <translation>Send to a colleague</translation>
    </message>
    <message numerus="yes">
        <source>The whole portfolio (%n account(s))</source>
        <translation>
            <numerusform>The whole portfolio (%n account)</numerusform>
            <numerusform>The whole portfolio (%n accounts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only these accounts:</source>
        <translation>Only these accounts:</translation>
    </message>
    <message>
        <source>Accounts to send</source>
        <translation>Accounts to send</translation>
    </message>
    <message>
        <source>Include personal questionnaires</source>
        <translation>Include personal questionnaires</translation>
    </message>
    <message>
        <source>The contacts&apos; confidential questionnaires go only when ticked. Without them your colleague keeps the questionnaires they have.</source>
        <translation>The contacts&apos; confidential questionnaires go only when ticked. Without them your colleague keeps the questionnaires they have.</translation>
    </message>
    <message>
        <source>Lock the file with a password</source>
        <translation>Lock the file with a password</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Suggest a passphrase</translation>
    </message>
    <message>
        <source>The file holds personal notes about the client&apos;s people. Send it locked, and tell the password another way (by phone, not in the same e-mail).</source>
        <translation>The file holds personal notes about the client&apos;s people. Send it locked, and tell the password another way (by phone, not in the same e-mail).</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Tick the accounts to send.</source>
        <translation>Tick the accounts to send.</translation>
    </message>
    <message>
        <source>Type a password, or untick the lock.</source>
        <translation>Type a password, or untick the lock.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The password is now {passphrase}. Note it down and tell it to your colleague by phone.</source>
        <translation>The password is now {passphrase}. Note it down and tell it to your colleague by phone.</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Save a snapshot of the role map</source>
        <translation>Save a snapshot of the role map</translation>
    </message>
    <message>
        <source>For example: after the meeting with the technical director</source>
        <translation>For example: after the meeting with the technical director</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>SnapshotRow</name>
    <message>
        <source>Save snapshot…</source>
        <translation>Save snapshot…</translation>
    </message>
    <message>
        <source>Keep the map as of a date, with a note</source>
        <translation>Keep the map as of a date, with a note</translation>
    </message>
    <message>
        <source>Snapshot to compare</source>
        <translation>Snapshot to compare</translation>
    </message>
    <message>
        <source>Compare it with</source>
        <translation>Compare it with</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Delete snapshot</translation>
    </message>
    <message>
        <source>Delete the snapshot chosen for comparison</source>
        <translation>Delete the snapshot chosen for comparison</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Compare:</translation>
    </message>
    <message>
        <source>with:</source>
        <translation>with:</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <source>the current map</source>
        <translation>the current map</translation>
    </message>
</context>
<context>
    <name>StageHistory</name>
    <message>
        <source>Date</source>
        <extracomment>rows shown before the table scrolls</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>started as “{stage}”</source>
        <translation>started as “{stage}”</translation>
    </message>
</context>
<context>
    <name>StatisticsSection</name>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>statistic</translation>
    </message>
    <message>
        <source>e.g. Deliveries on time, %</source>
        <translation>e.g. Deliveries on time, %</translation>
    </message>
    <message>
        <source>New figure {n}</source>
        <translation>New figure {n}</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>Import from a &amp;spreadsheet…</source>
        <translation>Import from a &amp;spreadsheet…</translation>
    </message>
    <message>
        <source>Import &amp;deals from the ERP…</source>
        <translation>Import &amp;deals from the ERP…</translation>
    </message>
    <message>
        <source>Export portfolio &amp;table…</source>
        <translation>Export portfolio &amp;table…</translation>
    </message>
    <message>
        <source>Export the selected &amp;account</source>
        <translation>Export the selected &amp;account</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;Contacts…</translation>
    </message>
    <message>
        <source>&amp;Plan actions…</source>
        <translation>&amp;Plan actions…</translation>
    </message>
    <message>
        <source>&amp;Value entries…</source>
        <translation>&amp;Value entries…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Export &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Export the portfolio table</source>
        <translation>Export the portfolio table</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>Select an account in the portfolio first.</source>
        <translation>Select an account in the portfolio first.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation>plan actions</translation>
    </message>
    <message>
        <source>value entries</source>
        <translation>value entries</translation>
    </message>
    <message>
        <source>Export the account&apos;s {what}</source>
        <translation>Export the account&apos;s {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {path}</source>
        <translation>
            <numerusform>%Ln row written to {path}</numerusform>
            <numerusform>%Ln rows written to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>next steps</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to {path}</source>
        <translation>
            <numerusform>%Ln event written to {path}</numerusform>
            <numerusform>%Ln events written to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation>The file was not written</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Account name</source>
        <extracomment>QSettings group of its remembered mappings, folder and window geometry (heading, fields) per group of the mapping box; a long group takes two columns the fields marked &quot;*&quot; (the import&apos;s own rule may be subtler: see ``unmapped``) what is missing from a mapping before a dry run can start, or &quot;&quot; the dry run&apos;s counts, rich text lines the dry run&apos;s changes, (what, record) rows one sentence after the import</extracomment>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Purchase potential this year</source>
        <translation>Purchase potential this year</translation>
    </message>
    <message>
        <source>Holding&apos;s INN</source>
        <translation>Holding&apos;s INN</translation>
    </message>
    <message>
        <source>Holding&apos;s name</source>
        <translation>Holding&apos;s name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Import accounts and contacts from a spreadsheet</source>
        <translation>Import accounts and contacts from a spreadsheet</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx)</source>
        <translation>Choose a CSV file or an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>Read the file again after fixing it</source>
        <translation>Read the file again after fixing it</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Which column holds what</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>* required. One contact per row; rows of the same account (same INN or name) add up.</source>
        <translation>* required. One contact per row; rows of the same account (same INN or name) add up.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Bad rows</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the file to import. Nothing is written until you press Import.</source>
        <translation>Choose the file to import. Nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>The file cannot be imported.</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>The file cannot be read</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”; header on row {line}; {rows}.</source>
        <translation>Excel workbook, sheet “{sheet}”; header on row {line}; {rows}.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>Text file in {encoding}, columns separated by {delimiter}; header on line {line}; {rows}.</source>
        <translation>Text file in {encoding}, columns separated by {delimiter}; header on line {line}; {rows}.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <source>Choose the column that holds the account name.</source>
        <translation>Choose the column that holds the account name.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Accounts: &lt;b&gt;{add}&lt;/b&gt; to add, &lt;b&gt;{update}&lt;/b&gt; to update, {same} unchanged.</source>
        <translation>Accounts: &lt;b&gt;{add}&lt;/b&gt; to add, &lt;b&gt;{update}&lt;/b&gt; to update, {same} unchanged.</translation>
    </message>
    <message>
        <source>Contacts: &lt;b&gt;{add}&lt;/b&gt; to add, &lt;b&gt;{update}&lt;/b&gt; to update.</source>
        <translation>Contacts: &lt;b&gt;{add}&lt;/b&gt; to add, &lt;b&gt;{update}&lt;/b&gt; to update.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) of {total} will be skipped: fix them in the file and read it again, or import the good rows only.</source>
        <translation>
            <numerusform>%n bad row of {total} will be skipped: fix it in the file and read it again, or import the good rows only.</numerusform>
            <numerusform>%n bad rows of {total} will be skipped: fix them in the file and read it again, or import the good rows only.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bad rows.</source>
        <translation>No bad rows.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s)</source>
        <translation>
            <numerusform>Import %n good row</numerusform>
            <numerusform>Import %n good rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Import %n row</numerusform>
            <numerusform>Import %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio already holds everything the good rows say.</source>
        <translation>The portfolio already holds everything the good rows say.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Update account</source>
        <translation>Update account</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Update contact</source>
        <translation>Update contact</translation>
    </message>
    <message>
        <source>Bad rows ({count})</source>
        <translation>Bad rows ({count})</translation>
    </message>
    <message>
        <source>Changes ({count})</source>
        <translation>Changes ({count})</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Imported. Accounts: {accounts} added, {updated} updated. Contacts: {contacts} added, {contacts_updated} updated.</source>
        <translation>Imported. Accounts: {accounts} added, {updated} updated. Contacts: {contacts} added, {contacts_updated} updated.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Name</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Mirrors at the client</source>
        <translation>Mirrors at the client</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>team member</translation>
    </message>
    <message>
        <source>No client contacts yet: add them on the Contacts page.</source>
        <translation>No client contacts yet: add them on the Contacts page.</translation>
    </message>
    <message>
        <source>Each of our people mirrors someone at the client, so that every level of the client knows someone on our side. An executive of ours mirroring a client&apos;s leader is top-to-top selling.</source>
        <translation>Each of our people mirrors someone at the client, so that every level of the client knows someone on our side. An executive of ours mirroring a client&apos;s leader is top-to-top selling.</translation>
    </message>
    <message>
        <source>{person} — top-to-top</source>
        <translation>{person} — top-to-top</translation>
    </message>
    <message>
        <source>New team member {n}</source>
        <translation>New team member {n}</translation>
    </message>
</context>
<context>
    <name>TeamServerPage</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <source>Unticked, the password is asked at each synchronisation. It is never written to the settings.</source>
        <translation>Unticked, the password is asked at each synchronisation. It is never written to the settings.</translation>
    </message>
    <message>
        <source>This system has no keyring to keep the password in (on Linux: the Secret Service of GNOME Keyring or KWallet), so it is asked at each synchronisation.</source>
        <translation>This system has no keyring to keep the password in (on Linux: the Secret Service of GNOME Keyring or KWallet), so it is asked at each synchronisation.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team server</translation>
    </message>
    <message>
        <source>File → Synchronise with the team server pulls your colleagues&apos; changes from the team&apos;s PostgreSQL server, then pushes yours. Your administrator gives you the server, the database and your login.</source>
        <translation>File → Synchronise with the team server pulls your colleagues&apos; changes from the team&apos;s PostgreSQL server, then pushes yours. Your administrator gives you the server, the database and your login.</translation>
    </message>
    <message>
        <source>Write it without spaces or control characters.</source>
        <translation>Write it without spaces or control characters.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Check your login and password in Edit → Preferences → Team server.</source>
        <translation>Check your login and password in Edit → Preferences → Team server.</translation>
    </message>
    <message>
        <source>Check the database&apos;s name in Edit → Preferences → Team server; your administrator knows it.</source>
        <translation>Check the database&apos;s name in Edit → Preferences → Team server; your administrator knows it.</translation>
    </message>
    <message>
        <source>Check the network and the server&apos;s address in Edit → Preferences → Team server, or try again later. You can go on working meanwhile.</source>
        <translation>Check the network and the server&apos;s address in Edit → Preferences → Team server, or try again later. You can go on working meanwhile.</translation>
    </message>
    <message>
        <source>Ask your administrator to give your login its rights (kam-desktop server grant).</source>
        <translation>Ask your administrator to give your login its rights (kam-desktop server grant).</translation>
    </message>
    <message>
        <source>Update KAM Desktop to the version of the team server.</source>
        <translation>Update KAM Desktop to the version of the team server.</translation>
    </message>
    <message>
        <source>Ask your administrator to set the server up (kam-desktop server init).</source>
        <translation>Ask your administrator to set the server up (kam-desktop server init).</translation>
    </message>
    <message>
        <source>Team server: last synchronised {when}</source>
        <translation>Team server: last synchronised {when}</translation>
    </message>
    <message>
        <source>Team server: never synchronised</source>
        <translation>Team server: never synchronised</translation>
    </message>
    <message>
        <source>Synchronise with the team server</source>
        <translation>Synchronise with the team server</translation>
    </message>
    <message>
        <source>Set the team server first: its server, database and your login, in Edit → Preferences → Team server.</source>
        <translation>Set the team server first: its server, database and your login, in Edit → Preferences → Team server.</translation>
    </message>
    <message>
        <source>The password of {login} on {server}:</source>
        <translation>The password of {login} on {server}:</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Connecting to {server}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stopping after this stage…</source>
        <translation>Stopping after this stage…</translation>
    </message>
    <message numerus="yes">
        <source>Pulling %n account(s) from the team server…</source>
        <translation>
            <numerusform>Pulling %n account from the team server…</numerusform>
            <numerusform>Pulling %n accounts from the team server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n account(s) to the team server…</source>
        <translation>
            <numerusform>Pushing %n account to the team server…</numerusform>
            <numerusform>Pushing %n accounts to the team server…</numerusform>
        </translation>
    </message>
    <message>
        <source>The synchronisation did not finish</source>
        <translation>The synchronisation did not finish</translation>
    </message>
    <message>
        <source>Synchronisation stopped</source>
        <translation>Synchronisation stopped</translation>
    </message>
    <message>
        <source>Stopped before the next stage. What was merged is kept whole on each side; synchronise again to finish.</source>
        <translation>Stopped before the next stage. What was merged is kept whole on each side; synchronise again to finish.</translation>
    </message>
</context>
<context>
    <name>TeamSyncSummary</name>
    <message>
        <source>Synchronised with the team server</source>
        <translation>Synchronised with the team server</translation>
    </message>
    <message>
        <source>new here</source>
        <translation>new here</translation>
    </message>
    <message>
        <source>new on the server</source>
        <translation>new on the server</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Nothing to exchange: this laptop and the team server hold the same portfolio.</source>
        <translation>Nothing to exchange: this laptop and the team server hold the same portfolio.</translation>
    </message>
    <message>
        <source>Accounts received: {received}, sent: {sent}. Conflicts: {conflicts}.</source>
        <translation>Accounts received: {received}, sent: {sent}. Conflicts: {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased at a colleague&apos;s request.</source>
        <translation>
            <numerusform>%n person erased at a colleague&apos;s request.</numerusform>
            <numerusform>%n people erased at a colleague&apos;s request.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the conflicts in File → Exchange conflicts.</source>
        <translation>Review the conflicts in File → Exchange conflicts.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) were resolved on the team server, whose own log keeps the values that lost.</source>
        <translation>
            <numerusform>%n conflict was resolved on the team server, whose own log keeps the value that lost.</numerusform>
            <numerusform>%n conflicts were resolved on the team server, whose own log keeps the values that lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>Records received</translation>
    </message>
    <message>
        <source>Records sent</source>
        <translation>Records sent</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Never met: {roles}</source>
        <translation>Never met: {roles}</translation>
    </message>
    <message>
        <source>No contact with {roles} for {days} days</source>
        <translation>No contact with {roles} for {days} days</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>Never assessed</translation>
    </message>
    <message>
        <source>Last assessed {days} days ago</source>
        <translation>Last assessed {days} days ago</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>no reason recorded</translation>
    </message>
    <message numerus="yes">
        <source>The client is lost, yet its plan has %n open action(s): drop them, or keep those meant to win it back</source>
        <translation>
            <numerusform>The client is lost, yet its plan has %n open action: drop it, or keep it if it is meant to win the client back</numerusform>
            <numerusform>The client is lost, yet its plan has %n open actions: drop them, or keep those meant to win it back</numerusform>
        </translation>
    </message>
    <message>
        <source>The written plan was never reviewed: go through it with the team and record the review</source>
        <translation>The written plan was never reviewed: go through it with the team and record the review</translation>
    </message>
    <message>
        <source>Go through the written plan with the team and record the review</source>
        <translation>Go through the written plan with the team and record the review</translation>
    </message>
    <message>
        <source>deadline today</source>
        <translation>deadline today</translation>
    </message>
    <message numerus="yes">
        <source>deadline in %n day(s)</source>
        <translation>
            <numerusform>deadline in %n day</numerusform>
            <numerusform>deadline in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>never reviewed</translation>
    </message>
    <message>
        <source>review due today</source>
        <translation>review due today</translation>
    </message>
    <message numerus="yes">
        <source>review %n day(s) late</source>
        <translation>
            <numerusform>review %n day late</numerusform>
            <numerusform>review %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {count}</source>
        <translation>{title} — {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>last deal {date}</source>
        <translation>last deal {date}</translation>
    </message>
    <message>
        <source>no deal recorded</source>
        <translation>no deal recorded</translation>
    </message>
    <message>
        <source>Asleep: {reason}; {last_deal}. Reactivating sleeping clients is part of the job: call, offer something new.</source>
        <translation>Asleep: {reason}; {last_deal}. Reactivating sleeping clients is part of the job: call, offer something new.</translation>
    </message>
    <message>
        <source>{crossed}. Now with {owner}: hand it over to a client manager or a project manager.</source>
        <translation>{crossed}. Now with {owner}: hand it over to a client manager or a project manager.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>no contact yet</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without contact</source>
        <translation>
            <numerusform>%n day without contact</numerusform>
            <numerusform>%n days without contact</numerusform>
        </translation>
    </message>
    <message>
        <source>never assessed</source>
        <translation>never assessed</translation>
    </message>
    <message numerus="yes">
        <source>assessed %n day(s) ago</source>
        <translation>
            <numerusform>assessed %n day ago</numerusform>
            <numerusform>assessed %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Loading…</source>
        <extracomment>a lost account&apos;s open plan actions are to be dropped (a TodayItem)</extracomment>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>By account</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mark the chosen next steps and plan actions done (Ctrl+Z undoes)</source>
        <translation>Mark the chosen next steps and plan actions done (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <source>Drop the open actions</source>
        <translation>Drop the open actions</translation>
    </message>
    <message>
        <source>The client is lost: mark the open actions of its plan as dropped (Ctrl+Z undoes)</source>
        <translation>The client is lost: mark the open actions of its plan as dropped (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>Nothing needs you today.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need your attention.</source>
        <translation>
            <numerusform>%Ln thing needs your attention.</numerusform>
            <numerusform>%Ln things need your attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>To tomorrow</source>
        <translation>To tomorrow</translation>
    </message>
    <message>
        <source>By a week</source>
        <translation>By a week</translation>
    </message>
    <message>
        <source>To a date…</source>
        <translation>To a date…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Choose your name as it is written in the accounts&apos; Owner field, or type it. Today, the portfolio and the workload will show your accounts and those whose team you are on; one click shows everyone&apos;s. You can change it in Preferences.</source>
        <translation>Choose your name as it is written in the accounts&apos; Owner field, or type it. Today, the portfolio and the workload will show your accounts and those whose team you are on; one click shows everyone&apos;s. You can change it in Preferences.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>ValueBreakdowns</name>
    <message>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>By client department</source>
        <translation>By client department</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Entries: all of them, and in brackets those the client has acknowledged (✓).</source>
        <translation>Entries: all of them, and in brackets those the client has acknowledged (✓).</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>{count} ({acknowledged} ✓)</source>
        <translation>{count} ({acknowledged} ✓)</translation>
    </message>
    <message>
        <source>Not attributed</source>
        <translation>Not attributed</translation>
    </message>
</context>
<context>
    <name>ValueCharts</name>
    <message>
        <source>By kind, all years</source>
        <translation>By kind, all years</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>to date</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>{what}: benefit {benefit}, cost {cost} — {count}</source>
        <translation>{what}: benefit {benefit}, cost {cost} — {count}</translation>
    </message>
    <message>
        <source>What we gave the clients beyond the product, in money: the benefit they gained and what it cost us.</source>
        <translation>What we gave the clients beyond the product, in money: the benefit they gained and what it cost us.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>No account has revenue in {year}</source>
        <translation>No account has revenue in {year}</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Client benefit delivered in {year} per unit of our revenue in {year}</source>
        <translation>Client benefit delivered in {year} per unit of our revenue in {year}</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>The value dossier is what justifies our price: accounts that got nothing beyond the product are the first a cheaper competitor wins.</source>
        <translation>The value dossier is what justifies our price: accounts that got nothing beyond the product are the first a cheaper competitor wins.</translation>
    </message>
</context>
<context>
    <name>ValueCredits</name>
    <message>
        <source>Who on our side delivered the value, from the “Delivered by” and “Our department” of each entry (the department is the team member&apos;s own unless the entry names another). For our people only: the client&apos;s value dossier never prints it.</source>
        <translation>Who on our side delivered the value, from the “Delivered by” and “Our department” of each entry (the department is the team member&apos;s own unless the entry names another). For our people only: the client&apos;s value dossier never prints it.</translation>
    </message>
    <message>
        <source>By team member</source>
        <translation>By team member</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>By our department</source>
        <translation>By our department</translation>
    </message>
    <message>
        <source>Our department</source>
        <translation>Our department</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Not named</translation>
    </message>
</context>
<context>
    <name>ValueEntriesSection</name>
    <message>
        <source>✓ yes</source>
        <translation>✓ yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <source>value entry</source>
        <translation>value entry</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Client department</source>
        <translation>Client department</translation>
    </message>
    <message>
        <source>Which of the client&apos;s departments benefited</source>
        <translation>Which of the client&apos;s departments benefited</translation>
    </message>
    <message>
        <source>What it cost us to give this</source>
        <translation>What it cost us to give this</translation>
    </message>
    <message>
        <source>What the client gained or saved, in money</source>
        <translation>What the client gained or saved, in money</translation>
    </message>
    <message>
        <source>Acknowledged by the client</source>
        <translation>Acknowledged by the client</translation>
    </message>
    <message>
        <source>Who on our side delivered it: credited to them inside our company, never printed for the client</source>
        <translation>Who on our side delivered it: credited to them inside our company, never printed for the client</translation>
    </message>
    <message>
        <source>Our department</source>
        <translation>Our department</translation>
    </message>
    <message>
        <source>If not the team member&apos;s own department</source>
        <translation>If not the team member&apos;s own department</translation>
    </message>
    <message>
        <source>New entry {n}</source>
        <translation>New entry {n}</translation>
    </message>
    <message>
        <source>Our cost, {currency}</source>
        <translation>Our cost, {currency}</translation>
    </message>
    <message>
        <source>Client benefit, {currency}</source>
        <translation>Client benefit, {currency}</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <source>What we gave the client beyond the product, in money: what it cost us and what the client gained. Discussed with the client&apos;s top managers, it justifies our price and shows our people what they contribute.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>What we gave the client beyond the product, in money: what it cost us and what the client gained. Discussed with the client&apos;s top managers, it justifies our price and shows our people what they contribute.</translation>
    </message>
    <message>
        <source>Figures that show exceptional performance as a supplier — deliveries on time, response times, complaints solved — which a cheaper competitor would have to beat.</source>
        <translation>Figures that show exceptional performance as a supplier — deliveries on time, response times, complaints solved — which a cheaper competitor would have to beat.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Totals by kind, year and department</source>
        <translation>Totals by kind, year and department</translation>
    </message>
    <message>
        <source>Statistics for the value dossier</source>
        <translation>Statistics for the value dossier</translation>
    </message>
    <message>
        <source>Our team&apos;s contribution</source>
        <translation>Our team&apos;s contribution</translation>
    </message>
</context>
<context>
    <name>ValueTotalsPanel</name>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Acknowledged by the client</source>
        <translation>Acknowledged by the client</translation>
    </message>
    <message>
        <source>{acknowledged} of {count}</source>
        <translation>{acknowledged} of {count}</translation>
    </message>
    <message>
        <source>Enter our revenue in the Revenue section</source>
        <translation>Enter our revenue in the Revenue section</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>client benefit as a share of our revenue over the same days as the entries (as the value dossier prints it)</source>
        <translation>client benefit as a share of our revenue over the same days as the entries (as the value dossier prints it)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to KAM Desktop</source>
        <translation>Welcome to KAM Desktop</translation>
    </message>
    <message>
        <source>Your portfolio is empty. Create your first key account, bring your accounts in from an interchange file, or explore the application on a demo portfolio.</source>
        <translation>Your portfolio is empty. Create your first key account, bring your accounts in from an interchange file, or explore the application on a demo portfolio.</translation>
    </message>
    <message>
        <source>Create the first account…</source>
        <translation>Create the first account…</translation>
    </message>
    <message>
        <source>Import an interchange file…</source>
        <translation>Import an interchange file…</translation>
    </message>
    <message>
        <source>Load the demo portfolio</source>
        <translation>Load the demo portfolio</translation>
    </message>
</context>
<context>
    <name>WhitespaceModel</name>
    <message>
        <source>Not yet ours, {currency}</source>
        <extracomment>the accounts shown unless the user asks for more the cells&apos; colours by band, seen through in light and dark palettes alike the columns before the groups&apos;: the account, the potential not yet ours the widest a group&apos;s column starts</extracomment>
        <translation>Not yet ours, {currency}</translation>
    </message>
    <message>
        <source>{group}: no potential estimated</source>
        <translation>{group}: no potential estimated</translation>
    </message>
    <message>
        <source>{group}: our share {share}</source>
        <translation>{group}: our share {share}</translation>
    </message>
</context>
<context>
    <name>WhitespaceView</name>
    <message>
        <source>Find an account…</source>
        <translation>Find an account…</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Find an account</translation>
    </message>
    <message>
        <source>Accounts shown</source>
        <translation>Accounts shown</translation>
    </message>
    <message>
        <source>Show the top</source>
        <translation>Show the top</translation>
    </message>
    <message>
        <source>Our share:</source>
        <translation>Our share:</translation>
    </message>
    <message>
        <source>nothing bought from us</source>
        <translation>nothing bought from us</translation>
    </message>
    <message>
        <source>under {low}</source>
        <translation>under {low}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <source>{high} and more</source>
        <translation>{high} and more</translation>
    </message>
    <message>
        <source>· blank: no potential estimated</source>
        <translation>· blank: no potential estimated</translation>
    </message>
    <message>
        <source>{shown} of {count}</source>
        <translation>{shown} of {count}</translation>
    </message>
</context>
<context>
    <name>WinBackSection</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>win-back action</source>
        <translation>win-back action</translation>
    </message>
    <message>
        <source>Add an action to the plan to win the client back</source>
        <translation>Add an action to the plan to win the client back</translation>
    </message>
    <message>
        <source>Win-back action {n}</source>
        <translation>Win-back action {n}</translation>
    </message>
</context>
<context>
    <name>WorkloadChart</name>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>norm {norm}</source>
        <translation>norm {norm}</translation>
    </message>
    <message>
        <source>Load, in typical accounts</source>
        <translation>Load, in typical accounts</translation>
    </message>
    <message>
        <source>Load per KAM</source>
        <translation>Load per KAM</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>({assessed} of 9)</source>
        <translation>({assessed} of 9)</translation>
    </message>
    <message>
        <source>{owner}: load {load}, norm {norm} — {count}</source>
        <translation>{owner}: load {load}, norm {norm} — {count}</translation>
    </message>
    <message>
        <source>Load of the account (1 = typical)</source>
        <translation>Load of the account (1 = typical)</translation>
    </message>
    <message>
        <source>Accounts that weigh most</source>
        <translation>Accounts that weigh most</translation>
    </message>
    <message>
        <source>An account&apos;s load comes from the nine workload factors in its dossier (1 = a typical account); a KAM&apos;s load is the sum over their accounts, lost ones left out, against the norm set in Preferences.</source>
        <translation>An account&apos;s load comes from the nine workload factors in its dossier (1 = a typical account); a KAM&apos;s load is the sum over their accounts, lost ones left out, against the norm set in Preferences.</translation>
    </message>
    <message>
        <source>Not fully assessed: {count}.</source>
        <translation>Not fully assessed: {count}.</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <source>How much of the KAM&apos;s time this account takes. Rate each factor from 1 to 5; leave it at “—” while you cannot judge it. Factors marked ▲ add work as they grow, those marked ▼ save work.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>How much of the KAM&apos;s time this account takes. Rate each factor from 1 to 5; leave it at “—” while you cannot judge it. Factors marked ▲ add work as they grow, those marked ▼ save work.</translation>
    </message>
    <message>
        <source>Adds work as it grows</source>
        <translation>Adds work as it grows</translation>
    </message>
    <message>
        <source>Saves work as it grows</source>
        <translation>Saves work as it grows</translation>
    </message>
    <message>
        <source>1 is a typical account; an account heavy on most factors weighs about 2, a light one about 0.5 (every factor at its heaviest: 4). Factors that make work count double those that only ease it. The loads of a KAM&apos;s accounts add up on the dashboard and are compared with the norm set in Preferences.</source>
        <translation>1 is a typical account; an account heavy on most factors weighs about 2, a light one about 0.5 (every factor at its heaviest: 4). Factors that make work count double those that only ease it. The loads of a KAM&apos;s accounts add up on the dashboard and are compared with the norm set in Preferences.</translation>
    </message>
    <message>
        <source>Client potential</source>
        <translation>Client potential</translation>
    </message>
    <message>
        <source>small</source>
        <translation>small</translation>
    </message>
    <message>
        <source>very large</source>
        <translation>very large</translation>
    </message>
    <message>
        <source>The KAM&apos;s experience</source>
        <translation>The KAM&apos;s experience</translation>
    </message>
    <message>
        <source>newcomer</source>
        <translation>newcomer</translation>
    </message>
    <message>
        <source>seasoned</source>
        <translation>seasoned</translation>
    </message>
    <message>
        <source>Distance to the client&apos;s offices</source>
        <translation>Distance to the client&apos;s offices</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>same city</translation>
    </message>
    <message>
        <source>remote, long trips</source>
        <translation>remote, long trips</translation>
    </message>
    <message>
        <source>How centralised the client&apos;s purchasing is</source>
        <translation>How centralised the client&apos;s purchasing is</translation>
    </message>
    <message>
        <source>every site buys on its own</source>
        <translation>every site buys on its own</translation>
    </message>
    <message>
        <source>one purchasing centre</source>
        <translation>one purchasing centre</translation>
    </message>
    <message>
        <source>Client people to keep relations with</source>
        <translation>Client people to keep relations with</translation>
    </message>
    <message>
        <source>one or two</source>
        <translation>one or two</translation>
    </message>
    <message>
        <source>a dozen or more</source>
        <translation>a dozen or more</translation>
    </message>
    <message>
        <source>Coordination needed between our departments</source>
        <translation>Coordination needed between our departments</translation>
    </message>
    <message>
        <source>one department serves the client</source>
        <translation>one department serves the client</translation>
    </message>
    <message>
        <source>many must act together</source>
        <translation>many must act together</translation>
    </message>
    <message>
        <source>How reliably we keep delivery promises</source>
        <translation>How reliably we keep delivery promises</translation>
    </message>
    <message>
        <source>often late or short</source>
        <translation>often late or short</translation>
    </message>
    <message>
        <source>always as promised</source>
        <translation>always as promised</translation>
    </message>
    <message>
        <source>Competition intensity</source>
        <translation>Competition intensity</translation>
    </message>
    <message>
        <source>hardly any</source>
        <translation>hardly any</translation>
    </message>
    <message>
        <source>fierce</source>
        <translation>fierce</translation>
    </message>
    <message>
        <source>Support staff available to the KAM</source>
        <translation>Support staff available to the KAM</translation>
    </message>
    <message>
        <source>works alone</source>
        <translation>works alone</translation>
    </message>
    <message>
        <source>a full team</source>
        <translation>a full team</translation>
    </message>
    <message>
        <source>Load: {load} of a typical account</source>
        <translation>Load: {load} of a typical account</translation>
    </message>
    <message numerus="yes">
        <source>%n of 9 factor(s) assessed</source>
        <translation>
            <numerusform>%n of 9 factors assessed</numerusform>
            <numerusform>%n of 9 factors assessed</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing assessed yet: the account counts as a typical one.</source>
        <translation>Nothing assessed yet: the account counts as a typical one.</translation>
    </message>
    <message>
        <source>Set {factor}</source>
        <translation>Set {factor}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>name</source>
        <extracomment>the words for the fields a conflict most often names; others show their own name</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>legal name</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industry</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>interest</translation>
    </message>
    <message>
        <source>involvement</source>
        <translation>involvement</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>stance</translation>
    </message>
    <message>
        <source>mirrors</source>
        <translation>mirrors</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>next step</translation>
    </message>
    <message>
        <source>next step due</source>
        <translation>next step due</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>client&apos;s benefit</source>
        <translation>client&apos;s benefit</translation>
    </message>
    <message>
        <source>our cost</source>
        <translation>our cost</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>en</source>
        <comment>the code of this translation&apos;s language</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>What and when they studied, or whether its absence is a sore point.</source>
        <translation>What and when they studied, or whether its absence is a sore point.</translation>
    </message>
    <message>
        <source>Previous employer and position</source>
        <translation>Previous employer and position</translation>
    </message>
    <message>
        <source>Where their habits and contacts come from.</source>
        <translation>Where their habits and contacts come from.</translation>
    </message>
    <message>
        <source>Company&apos;s welfare or their own?</source>
        <translation>Company&apos;s welfare or their own?</translation>
    </message>
    <message>
        <source>Tells which arguments will move them.</source>
        <translation>Tells which arguments will move them.</translation>
    </message>
    <message>
        <source>What they care about besides business</source>
        <translation>What they care about besides business</translation>
    </message>
    <message>
        <source>Common ground for a conversation.</source>
        <translation>Common ground for a conversation.</translation>
    </message>
    <message>
        <source>Relations with our people</source>
        <translation>Relations with our people</translation>
    </message>
    <message>
        <source>Who, what kind, good or not, and why.</source>
        <translation>Who, what kind, good or not, and why.</translation>
    </message>
    <message>
        <source>Moral or ethical considerations</source>
        <translation>Moral or ethical considerations</translation>
    </message>
    <message>
        <source>What to avoid in dealing with them.</source>
        <translation>What to avoid in dealing with them.</translation>
    </message>
    <message>
        <source>Negotiation style</source>
        <translation>Negotiation style</translation>
    </message>
    <message>
        <source>How to prepare for the meeting.</source>
        <translation>How to prepare for the meeting.</translation>
    </message>
    <message>
        <source>Obligations to us or to a competitor</source>
        <translation>Obligations to us or to a competitor</translation>
    </message>
    <message>
        <source>Whose side they feel bound to.</source>
        <translation>Whose side they feel bound to.</translation>
    </message>
    <message>
        <source>Company problems that matter most to them</source>
        <translation>Company problems that matter most to them</translation>
    </message>
    <message>
        <source>And whether we can solve them.</source>
        <translation>And whether we can solve them.</translation>
    </message>
    <message>
        <source>Could a competitor solve them better?</source>
        <translation>Could a competitor solve them better?</translation>
    </message>
    <message>
        <source>Where we are exposed.</source>
        <translation>Where we are exposed.</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Next step due</translation>
    </message>
    <message>
        <source>Plan action due</source>
        <translation>Plan action due</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Cooling</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Sleeping: wake it up</source>
        <translation>Sleeping: wake it up</translation>
    </message>
    <message>
        <source>Lost: close its plan</source>
        <translation>Lost: close its plan</translation>
    </message>
    <message>
        <source>Win-back action due</source>
        <translation>Win-back action due</translation>
    </message>
    <message>
        <source>Ladder assessment stale</source>
        <translation>Ladder assessment stale</translation>
    </message>
    <message>
        <source>Goal at risk</source>
        <translation>Goal at risk</translation>
    </message>
    <message>
        <source>Plan due for review</source>
        <translation>Plan due for review</translation>
    </message>
    <message>
        <source>its deals reached the number set</source>
        <translation>its deals reached the number set</translation>
    </message>
    <message>
        <source>a year&apos;s orders reached the amount set</source>
        <translation>a year&apos;s orders reached the amount set</translation>
    </message>
    <message>
        <source>our share of its purchases reached the percentage set</source>
        <translation>our share of its purchases reached the percentage set</translation>
    </message>
    <message>
        <source>a regular client for the months set</source>
        <translation>a regular client for the months set</translation>
    </message>
    <message>
        <source>legal name or INN, industry, region</source>
        <translation>legal name or INN, industry, region</translation>
    </message>
    <message>
        <source>motivation segment</source>
        <translation>motivation segment</translation>
    </message>
    <message>
        <source>purchase potential</source>
        <translation>purchase potential</translation>
    </message>
    <message>
        <source>a leader on the role map</source>
        <translation>a leader on the role map</translation>
    </message>
    <message>
        <source>a specifier on the role map</source>
        <translation>a specifier on the role map</translation>
    </message>
    <message>
        <source>our account team</source>
        <translation>our account team</translation>
    </message>
    <message>
        <source>a recent ladder assessment</source>
        <translation>a recent ladder assessment</translation>
    </message>
    <message>
        <source>plan goals</source>
        <translation>plan goals</translation>
    </message>
    <message>
        <source>value delivered this year</source>
        <translation>value delivered this year</translation>
    </message>
    <message>
        <source>an open next step</source>
        <translation>an open next step</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>an INN has 10 digits (organisation) or 12 digits (individual)</source>
        <translation>an INN has 10 digits (organisation) or 12 digits (individual)</translation>
    </message>
    <message>
        <source>the INN&apos;s check digit does not match</source>
        <translation>the INN&apos;s check digit does not match</translation>
    </message>
    <message>
        <source>{text} is not a period: write a year (2025) or a quarter (2025-Q3)</source>
        <translation>{text} is not a period: write a year (2025) or a quarter (2025-Q3)</translation>
    </message>
    <message>
        <source>{department}: {percent} is not between 0 and 100</source>
        <translation>{department}: {percent} is not between 0 and 100</translation>
    </message>
    <message>
        <source>the shares sum to {total} %, not 100 %</source>
        <translation>the shares sum to {total} %, not 100 %</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} is not between {low} and {high}</translation>
    </message>
    <message>
        <source>expected answers to the diagnostic questions</source>
        <translation>expected answers to the diagnostic questions</translation>
    </message>
    <message>
        <source>{key} is not one of the diagnostic questions</source>
        <translation>{key} is not one of the diagnostic questions</translation>
    </message>
    <message>
        <source>the answer to {key} must be yes or no</source>
        <translation>the answer to {key} must be yes or no</translation>
    </message>
    <message>
        <source>expected competitor names with their ladder levels</source>
        <translation>expected competitor names with their ladder levels</translation>
    </message>
    <message>
        <source>a competitor needs a name</source>
        <translation>a competitor needs a name</translation>
    </message>
    <message>
        <source>{name}: {level} is not a ladder level from 1 to 4</source>
        <translation>{name}: {level} is not a ladder level from 1 to 4</translation>
    </message>
    <message>
        <source>{value} is not a currency code such as RUB</source>
        <translation>{value} is not a currency code such as RUB</translation>
    </message>
    <message>
        <source>unknown kind of record {kind}</source>
        <translation>unknown kind of record {kind}</translation>
    </message>
    <message>
        <source>is not a field that can be edited</source>
        <translation>is not a field that can be edited</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>choose the account the person moved to</source>
        <translation>choose the account the person moved to</translation>
    </message>
    <message>
        <source>the person is already at this account</source>
        <translation>the person is already at this account</translation>
    </message>
    <message>
        <source>is not a contact of {account}</source>
        <translation>is not a contact of {account}</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} is not one of: {allowed}</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>must be yes or no</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{value} is not an amount of money</source>
        <translation>{value} is not an amount of money</translation>
    </message>
    <message>
        <source>an amount of money cannot be negative</source>
        <translation>an amount of money cannot be negative</translation>
    </message>
    <message>
        <source>{value} has more than two decimal places</source>
        <translation>{value} has more than two decimal places</translation>
    </message>
    <message>
        <source>{value} is too large (the limit is {limit})</source>
        <translation>{value} is too large (the limit is {limit})</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} is not a number</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} is not a whole number</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>{value} is not a record id</source>
        <translation>{value} is not a record id</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} is not text</translation>
    </message>
    <message>
        <source>is longer than {length} characters</source>
        <translation>is longer than {length} characters</translation>
    </message>
    <message>
        <source>the text holds a control character ({code}); only tabs and line breaks are allowed</source>
        <translation>the text holds a control character ({code}); only tabs and line breaks are allowed</translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation>{value} is too large</translation>
    </message>
    <message>
        <source>{value} is not a number any field can hold</source>
        <translation>{value} is not a number any field can hold</translation>
    </message>
    <message>
        <source>not valid JSON: a number is too long</source>
        <translation>not valid JSON: a number is too long</translation>
    </message>
    <message>
        <source>a change is dated {moment}, in the future: the clock of the laptop that made the bundle is wrong, or the bundle is forged</source>
        <translation>a change is dated {moment}, in the future: the clock of the laptop that made the bundle is wrong, or the bundle is forged</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>the record no longer exists</translation>
    </message>
    <message>
        <source>say why the client is sleeping or lost</source>
        <translation>say why the client is sleeping or lost</translation>
    </message>
    <message>
        <source>another account is already called {name}</source>
        <translation>another account is already called {name}</translation>
    </message>
    <message>
        <source>there is already revenue for {period}</source>
        <translation>there is already revenue for {period}</translation>
    </message>
    <message>
        <source>there is already a potential for {year}</source>
        <translation>there is already a potential for {year}</translation>
    </message>
    <message>
        <source>this account already has {noun} for {key}</source>
        <translation>this account already has {noun} for {key}</translation>
    </message>
    <message>
        <source>is not a goal of this account&apos;s plan</source>
        <translation>is not a goal of this account&apos;s plan</translation>
    </message>
    <message>
        <source>{name} is already on this account</source>
        <translation>{name} is already on this account</translation>
    </message>
    <message>
        <source>reports to someone at another client</source>
        <translation>reports to someone at another client</translation>
    </message>
    <message>
        <source>is not on this account&apos;s team</source>
        <translation>is not on this account&apos;s team</translation>
    </message>
    <message>
        <source>{name} is not a team member of this account</source>
        <translation>{name} is not a team member of this account</translation>
    </message>
    <message>
        <source>would make a reporting circle</source>
        <translation>would make a reporting circle</translation>
    </message>
    <message>
        <source>needs the record it belongs to</source>
        <translation>needs the record it belongs to</translation>
    </message>
    <message>
        <source>{value} is not a person&apos;s id</source>
        <translation>{value} is not a person&apos;s id</translation>
    </message>
    <message>
        <source>{person} is neither a contact nor a team member of this account</source>
        <translation>{person} is neither a contact nor a team member of this account</translation>
    </message>
    <message>
        <source>{stage} is not a stage of the service conveyor</source>
        <translation>{stage} is not a stage of the service conveyor</translation>
    </message>
    <message>
        <source>the account no longer exists</source>
        <translation>the account no longer exists</translation>
    </message>
    <message>
        <source>say to whom the account is handed over</source>
        <translation>say to whom the account is handed over</translation>
    </message>
    <message>
        <source>{name} already owns the account</source>
        <translation>{name} already owns the account</translation>
    </message>
    <message>
        <source>a department needs a name</source>
        <translation>a department needs a name</translation>
    </message>
    <message>
        <source>{name}: a department name is longer than {length} characters</source>
        <translation>{name}: a department name is longer than {length} characters</translation>
    </message>
    <message>
        <source>{name} is given twice</source>
        <translation>{name} is given twice</translation>
    </message>
    <message>
        <source>{name}: {percent} is not a percentage</source>
        <translation>{name}: {percent} is not a percentage</translation>
    </message>
    <message>
        <source>no account is called {name}</source>
        <translation>no account is called {name}</translation>
    </message>
    <message>
        <source>{account} has no contact called {name}</source>
        <translation>{account} has no contact called {name}</translation>
    </message>
    <message>
        <source>the period starts after it ends</source>
        <translation>the period starts after it ends</translation>
    </message>
    <message>
        <source>name exactly one account</source>
        <translation>name exactly one account</translation>
    </message>
    <message>
        <source>cannot write the file: {reason}</source>
        <translation>cannot write the file: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>cannot read the file: {reason}</translation>
    </message>
    <message>
        <source>the logo is larger than {size} MB</source>
        <translation>the logo is larger than {size} MB</translation>
    </message>
    <message>
        <source>the logo must be a PNG or JPEG picture</source>
        <translation>the logo must be a PNG or JPEG picture</translation>
    </message>
    <message>
        <source>this is an old Excel file (.xls): save it as .xlsx or .csv</source>
        <translation>this is an old Excel file (.xls): save it as .xlsx or .csv</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>this is not a text file</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>the file has no rows</translation>
    </message>
    <message>
        <source>the first sheet has more than {limit} cells</source>
        <translation>the first sheet has more than {limit} cells</translation>
    </message>
    <message>
        <source>the first sheet ({sheet}) has no rows</source>
        <translation>the first sheet ({sheet}) has no rows</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows</source>
        <translation>the file has more than {limit} rows</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB</source>
        <translation>the file is larger than {limit} MB</translation>
    </message>
    <message>
        <source>the file&apos;s encoding is neither UTF-8 nor Windows-1251</source>
        <translation>the file&apos;s encoding is neither UTF-8 nor Windows-1251</translation>
    </message>
    <message>
        <source>the file is UTF-8 text with a broken character on line {line}</source>
        <translation>the file is UTF-8 text with a broken character on line {line}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>line {line}: {problem}</translation>
    </message>
    <message>
        <source>this is not an Excel workbook that can be read: {reason}</source>
        <translation>this is not an Excel workbook that can be read: {reason}</translation>
    </message>
    <message>
        <source>the file name must end in .csv or .xlsx</source>
        <translation>the file name must end in .csv or .xlsx</translation>
    </message>
    <message>
        <source>the mapping must be a JSON object of field: column</source>
        <translation>the mapping must be a JSON object of field: column</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at line {line}</source>
        <translation>not valid JSON: {problem} at line {line}</translation>
    </message>
    <message>
        <source>map a column to the account name</source>
        <translation>map a column to the account name</translation>
    </message>
    <message>
        <source>is not a field of the import (did you mean {close}?)</source>
        <translation>is not a field of the import (did you mean {close}?)</translation>
    </message>
    <message>
        <source>is not a field of the import; the fields are: {fields}</source>
        <translation>is not a field of the import; the fields are: {fields}</translation>
    </message>
    <message>
        <source>give a column by its header text or its number, not {value}</source>
        <translation>give a column by its header text or its number, not {value}</translation>
    </message>
    <message>
        <source>there is no column {number}: the file has {count}</source>
        <translation>there is no column {number}: the file has {count}</translation>
    </message>
    <message>
        <source>no column is called {name}</source>
        <translation>no column is called {name}</translation>
    </message>
    <message>
        <source>the column {name} appears more than once: give its number instead</source>
        <translation>the column {name} appears more than once: give its number instead</translation>
    </message>
    <message>
        <source>the account name is empty</source>
        <translation>the account name is empty</translation>
    </message>
    <message>
        <source>contact details without the contact&apos;s name</source>
        <translation>contact details without the contact&apos;s name</translation>
    </message>
    <message>
        <source>the line has more cells than the header: a delimiter inside a value without quotes?</source>
        <translation>the line has more cells than the header: a delimiter inside a value without quotes?</translation>
    </message>
    <message>
        <source>the INN is that of {inn_name} (line {inn_line}), the name that of line {line}</source>
        <translation>the INN is that of {inn_name} (line {inn_line}), the name that of line {line}</translation>
    </message>
    <message>
        <source>line {line} gives {name} the INN {inn}</source>
        <translation>line {line} gives {name} the INN {inn}</translation>
    </message>
    <message>
        <source>{name} has the INN {inn} in the portfolio</source>
        <translation>{name} has the INN {inn} in the portfolio</translation>
    </message>
    <message>
        <source>line {line} gives this INN to {name}</source>
        <translation>line {line} gives this INN to {name}</translation>
    </message>
    <message>
        <source>line {line} gives another value: {value}</source>
        <translation>line {line} gives another value: {value}</translation>
    </message>
    <message>
        <source>{value} is not a category: write key, developing key, maintained or occasional</source>
        <translation>{value} is not a category: write key, developing key, maintained or occasional</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address</source>
        <translation>{value} is not an e-mail address</translation>
    </message>
    <message>
        <source>{value} is not a date of the calendar</source>
        <translation>{value} is not a date of the calendar</translation>
    </message>
    <message>
        <source>{value} is not a date: write 31.12.2026 or 2026-12-31</source>
        <translation>{value} is not a date: write 31.12.2026 or 2026-12-31</translation>
    </message>
    <message>
        <source>map a column to the deal&apos;s {field}</source>
        <translation>map a column to the deal&apos;s {field}</translation>
    </message>
    <message>
        <source>map a column to the client&apos;s INN or name</source>
        <translation>map a column to the client&apos;s INN or name</translation>
    </message>
    <message>
        <source>the deal&apos;s {field} is empty</source>
        <translation>the deal&apos;s {field} is empty</translation>
    </message>
    <message>
        <source>no account of the portfolio has the INN {inn}{name}</source>
        <translation>no account of the portfolio has the INN {inn}{name}</translation>
    </message>
    <message>
        <source>no account of the portfolio is called {name}</source>
        <translation>no account of the portfolio is called {name}</translation>
    </message>
    <message>
        <source>the row names no client: its INN and name are empty</source>
        <translation>the row names no client: its INN and name are empty</translation>
    </message>
    <message>
        <source>the same deal as line {line}: the same client, date, amount and product group without a reference</source>
        <translation>the same deal as line {line}: the same client, date, amount and product group without a reference</translation>
    </message>
    <message>
        <source>line {line} gives this reference the date {date}</source>
        <translation>line {line} gives this reference the date {date}</translation>
    </message>
    <message>
        <source>a deletion needs a stamp</source>
        <translation>a deletion needs a stamp</translation>
    </message>
    <message>
        <source>a key appears twice in one object</source>
        <translation>a key appears twice in one object</translation>
    </message>
    <message>
        <source>a replica is listed twice</source>
        <translation>a replica is listed twice</translation>
    </message>
    <message>
        <source>a replica&apos;s name must be text of at most 200 characters</source>
        <translation>a replica&apos;s name must be text of at most 200 characters</translation>
    </message>
    <message>
        <source>a stamp must be [clock, replica]</source>
        <translation>a stamp must be [clock, replica]</translation>
    </message>
    <message>
        <source>a stamp names replica {replica}, which the manifest does not list</source>
        <translation>a stamp names replica {replica}, which the manifest does not list</translation>
    </message>
    <message>
        <source>expected a list of [clock, replica] pairs</source>
        <translation>expected a list of [clock, replica] pairs</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected the list of members</source>
        <translation>expected the list of members</translation>
    </message>
    <message>
        <source>not valid JSON: {problem}</source>
        <translation>not valid JSON: {problem}</translation>
    </message>
    <message>
        <source>only a changed field can take the other value</source>
        <translation>only a changed field can take the other value</translation>
    </message>
    <message>
        <source>only a person (a contact) can be erased</source>
        <translation>only a person (a contact) can be erased</translation>
    </message>
    <message>
        <source>the application version is not valid</source>
        <translation>the application version is not valid</translation>
    </message>
    <message>
        <source>the bundle asks for key-derivation settings beyond the limits (N=2^{log2_n}, r={r}, p={p})</source>
        <translation>the bundle asks for key-derivation settings beyond the limits (N=2^{log2_n}, r={r}, p={p})</translation>
    </message>
    <message>
        <source>the bundle cannot be decrypted: the password is wrong, or the file was damaged or altered</source>
        <translation>the bundle cannot be decrypted: the password is wrong, or the file was damaged or altered</translation>
    </message>
    <message>
        <source>the bundle file changed while it was being imported</source>
        <translation>the bundle file changed while it was being imported</translation>
    </message>
    <message>
        <source>the bundle has no manifest</source>
        <translation>the bundle has no manifest</translation>
    </message>
    <message>
        <source>the bundle has {count} members, more than a bundle can have</source>
        <translation>the bundle has {count} members, more than a bundle can have</translation>
    </message>
    <message>
        <source>the bundle holds an unexpected member: {name}</source>
        <translation>the bundle holds an unexpected member: {name}</translation>
    </message>
    <message>
        <source>the bundle holds an unsafe path: {name}</source>
        <translation>the bundle holds an unsafe path: {name}</translation>
    </message>
    <message>
        <source>the bundle holds {name} twice</source>
        <translation>the bundle holds {name} twice</translation>
    </message>
    <message>
        <source>the bundle is damaged or incomplete: it is not a readable ZIP archive</source>
        <translation>the bundle is damaged or incomplete: it is not a readable ZIP archive</translation>
    </message>
    <message>
        <source>the bundle is damaged: {name} cannot be read</source>
        <translation>the bundle is damaged: {name} cannot be read</translation>
    </message>
    <message>
        <source>the bundle is encrypted: give its password</source>
        <translation>the bundle is encrypted: give its password</translation>
    </message>
    <message>
        <source>the bundle is incomplete: {name} is missing</source>
        <translation>the bundle is incomplete: {name} is missing</translation>
    </message>
    <message>
        <source>the bundle is larger than {limit} MB</source>
        <translation>the bundle is larger than {limit} MB</translation>
    </message>
    <message>
        <source>the bundle member {name} inflates far beyond its size: refused as a decompression bomb</source>
        <translation>the bundle member {name} inflates far beyond its size: refused as a decompression bomb</translation>
    </message>
    <message>
        <source>the bundle member {name} is larger than {limit} MB</source>
        <translation>the bundle member {name} is larger than {limit} MB</translation>
    </message>
    <message>
        <source>the bundle member {name} is stored in a way KAM Desktop does not read</source>
        <translation>the bundle member {name} is stored in a way KAM Desktop does not read</translation>
    </message>
    <message>
        <source>the bundle was made by a newer version of KAM Desktop (format {version}); update KAM Desktop to import it</source>
        <translation>the bundle was made by a newer version of KAM Desktop (format {version}); update KAM Desktop to import it</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation>the data is nested too deeply</translation>
    </message>
    <message>
        <source>the data is not UTF-8 text</source>
        <translation>the data is not UTF-8 text</translation>
    </message>
    <message>
        <source>the database would fail its integrity check after the import; nothing was imported</source>
        <translation>the database would fail its integrity check after the import; nothing was imported</translation>
    </message>
    <message>
        <source>the file is incomplete: it ends inside its header</source>
        <translation>the file is incomplete: it ends inside its header</translation>
    </message>
    <message>
        <source>the import would leave {count} records in {table} instead of {expected}; nothing was imported</source>
        <translation>the import would leave {count} records in {table} instead of {expected}; nothing was imported</translation>
    </message>
    <message>
        <source>the list of replicas is missing or too long</source>
        <translation>the list of replicas is missing or too long</translation>
    </message>
    <message>
        <source>the manifest is not valid: {problem}</source>
        <translation>the manifest is not valid: {problem}</translation>
    </message>
    <message>
        <source>the password must not be empty</source>
        <translation>the password must not be empty</translation>
    </message>
    <message>
        <source>the password is too easy to guess: a dictionary attack finds it at once. Use several unrelated words, for example {passphrase}</source>
        <translation>the password is too easy to guess: a dictionary attack finds it at once. Use several unrelated words, for example {passphrase}</translation>
    </message>
    <message>
        <source>the file would carry personal notes without a password: lock it with one</source>
        <translation>the file would carry personal notes without a password: lock it with one</translation>
    </message>
    <message>
        <source>the scope must be a list of account ids</source>
        <translation>the scope must be a list of account ids</translation>
    </message>
    <message>
        <source>the sending replica is not listed</source>
        <translation>the sending replica is not listed</translation>
    </message>
    <message>
        <source>the text holds a broken character</source>
        <translation>the text holds a broken character</translation>
    </message>
    <message>
        <source>the time the bundle was made is not valid</source>
        <translation>the time the bundle was made is not valid</translation>
    </message>
    <message>
        <source>this is not a KAM Desktop bundle</source>
        <translation>this is not a KAM Desktop bundle</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>{key} is missing</translation>
    </message>
    <message>
        <source>{key} is not expected here</source>
        <translation>{key} is not expected here</translation>
    </message>
    <message>
        <source>{name} does not match the manifest (its lines were changed, added or removed)</source>
        <translation>{name} does not match the manifest (its lines were changed, added or removed)</translation>
    </message>
    <message>
        <source>{name}, line {line}: the records are not in order of their ids, or one appears twice</source>
        <translation>{name}, line {line}: the records are not in order of their ids, or one appears twice</translation>
    </message>
    <message>
        <source>{name}, line {line}: {problem}</source>
        <translation>{name}, line {line}: {problem}</translation>
    </message>
    <message>
        <source>{name}: a change is stamped later than the bundle was made</source>
        <translation>{name}: a change is stamped later than the bundle was made</translation>
    </message>
    <message>
        <source>{name}: a line is longer than {limit} MB</source>
        <translation>{name}: a line is longer than {limit} MB</translation>
    </message>
    <message>
        <source>{name}: account {id} appears twice</source>
        <translation>{name}: account {id} appears twice</translation>
    </message>
    <message>
        <source>{name}: account {id} is outside the bundle&apos;s scope</source>
        <translation>{name}: account {id} is outside the bundle&apos;s scope</translation>
    </message>
    <message>
        <source>{name}: the digest is not valid</source>
        <translation>{name}: the digest is not valid</translation>
    </message>
    <message>
        <source>{name}: the last line is incomplete</source>
        <translation>{name}: the last line is incomplete</translation>
    </message>
    <message>
        <source>{name}: the line count is not valid</source>
        <translation>{name}: the line count is not valid</translation>
    </message>
    <message>
        <source>{name}: {table} {id} belongs to {parent} {parent_id}, which the bundle does not hold</source>
        <translation>{name}: {table} {id} belongs to {parent} {parent_id}, which the bundle does not hold</translation>
    </message>
    <message>
        <source>{value} is not a clock value</source>
        <translation>{value} is not a clock value</translation>
    </message>
    <message>
        <source>{value} is not a format version</source>
        <translation>{value} is not a format version</translation>
    </message>
    <message>
        <source>{value} is not a moment in time</source>
        <translation>{value} is not a moment in time</translation>
    </message>
    <message>
        <source>{value} is not a table of the portfolio</source>
        <translation>{value} is not a table of the portfolio</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows</source>
        <translation>{value} is not a number JSON allows</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>the key {key} appears twice in one object</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>not valid JSON: {problem} at line {line}, column {column}</translation>
    </message>
    <message>
        <source>expected a JSON object, found {value}</source>
        <translation>expected a JSON object, found {value}</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>the number {value}</translation>
    </message>
    <message>
        <source>the text {value}</source>
        <translation>the text {value}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>expected an object, found {value}</source>
        <translation>expected an object, found {value}</translation>
    </message>
    <message>
        <source>expected a list, found {value}</source>
        <translation>expected a list, found {value}</translation>
    </message>
    <message>
        <source>expected a number, found {value}</source>
        <translation>expected a number, found {value}</translation>
    </message>
    <message>
        <source>expected a whole number, found {value}</source>
        <translation>expected a whole number, found {value}</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD</source>
        <translation>{value} is not a date; write it as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected true or false, found {value}</source>
        <translation>expected true or false, found {value}</translation>
    </message>
    <message>
        <source>{value} is not a UUID (like 123e4567-e89b-12d3-a456-426614174000)</source>
        <translation>{value} is not a UUID (like 123e4567-e89b-12d3-a456-426614174000)</translation>
    </message>
    <message>
        <source>unknown key {key}; did you mean {close}?</source>
        <translation>unknown key {key}; did you mean {close}?</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>unknown key {key}</translation>
    </message>
    <message>
        <source>who mirrors a contact is now said only in the account&apos;s team: give {member} &quot;mirrors&quot;: {contact} there and remove this key</source>
        <translation>who mirrors a contact is now said only in the account&apos;s team: give {member} &quot;mirrors&quot;: {contact} there and remove this key</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>missing; this key is required</source>
        <translation>missing; this key is required</translation>
    </message>
    <message>
        <source>missing: give a value</source>
        <translation>missing: give a value</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>must not be null</translation>
    </message>
    <message>
        <source>{name} is listed twice</source>
        <translation>{name} is listed twice</translation>
    </message>
    <message>
        <source>{other} has the same {what}</source>
        <translation>{other} has the same {what}</translation>
    </message>
    <message>
        <source>{other} has the same {what}; give one of them an id</source>
        <translation>{other} has the same {what}; give one of them an id</translation>
    </message>
    <message>
        <source>a department&apos;s name must not be empty</source>
        <translation>a department&apos;s name must not be empty</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>expected {format}, found {value}: this is not a KAM Desktop accounts file</source>
        <translation>expected {format}, found {value}: this is not a KAM Desktop accounts file</translation>
    </message>
    <message>
        <source>expected a whole number such as {version}, found {value}</source>
        <translation>expected a whole number such as {version}, found {value}</translation>
    </message>
    <message>
        <source>the file is from a newer version of KAM Desktop (format version {version}; this one reads version {supported})</source>
        <translation>the file is from a newer version of KAM Desktop (format version {version}; this one reads version {supported})</translation>
    </message>
    <message>
        <source>{version} is not a format version (this one reads version {supported})</source>
        <translation>{version} is not a format version (this one reads version {supported})</translation>
    </message>
    <message>
        <source>{other} has the same id</source>
        <translation>{other} has the same id</translation>
    </message>
    <message>
        <source>there is no account named {name}</source>
        <translation>there is no account named {name}</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>an account</translation>
    </message>
    <message>
        <source>a revenue record</source>
        <translation>a revenue record</translation>
    </message>
    <message>
        <source>a purchase potential</source>
        <translation>a purchase potential</translation>
    </message>
    <message>
        <source>a product group&apos;s potential</source>
        <translation>a product group&apos;s potential</translation>
    </message>
    <message>
        <source>a deal</source>
        <translation>a deal</translation>
    </message>
    <message>
        <source>a ladder assessment</source>
        <translation>a ladder assessment</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>a contact</translation>
    </message>
    <message>
        <source>a team member</source>
        <translation>a team member</translation>
    </message>
    <message>
        <source>a diary entry</source>
        <translation>a diary entry</translation>
    </message>
    <message>
        <source>a diary attendee</source>
        <translation>a diary attendee</translation>
    </message>
    <message>
        <source>an opportunity</source>
        <translation>an opportunity</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>a goal</translation>
    </message>
    <message>
        <source>a plan action</source>
        <translation>a plan action</translation>
    </message>
    <message>
        <source>a value entry</source>
        <translation>a value entry</translation>
    </message>
    <message>
        <source>a statistic</source>
        <translation>a statistic</translation>
    </message>
    <message>
        <source>an involvement share</source>
        <translation>an involvement share</translation>
    </message>
    <message>
        <source>a switching barrier</source>
        <translation>a switching barrier</translation>
    </message>
    <message>
        <source>a cooling record</source>
        <translation>a cooling record</translation>
    </message>
    <message>
        <source>a hand-over</source>
        <translation>a hand-over</translation>
    </message>
    <message>
        <source>a loss record</source>
        <translation>a loss record</translation>
    </message>
    <message>
        <source>a stage change</source>
        <translation>a stage change</translation>
    </message>
    <message>
        <source>a win-back action</source>
        <translation>a win-back action</translation>
    </message>
    <message>
        <source>personal notes</source>
        <translation>personal notes</translation>
    </message>
    <message>
        <source>workload factors</source>
        <translation>workload factors</translation>
    </message>
    <message>
        <source>a role map snapshot</source>
        <translation>a role map snapshot</translation>
    </message>
    <message>
        <source>a role map snapshot entry</source>
        <translation>a role map snapshot entry</translation>
    </message>
    <message>
        <source>an erasure record</source>
        <translation>an erasure record</translation>
    </message>
    <message>
        <source>an exchange rate</source>
        <translation>an exchange rate</translation>
    </message>
    <message>
        <source>another account</source>
        <translation>another account</translation>
    </message>
    <message>
        <source>another goal</source>
        <translation>another goal</translation>
    </message>
    <message>
        <source>another loss record</source>
        <translation>another loss record</translation>
    </message>
    <message>
        <source>this id belongs to {kind} in the database, not to {expected}</source>
        <translation>this id belongs to {kind} in the database, not to {expected}</translation>
    </message>
    <message>
        <source>this id belongs to {kind} of {another} in the database</source>
        <translation>this id belongs to {kind} of {another} in the database</translation>
    </message>
    <message>
        <source>the database already has another account named {name} (id {id})</source>
        <translation>the database already has another account named {name} (id {id})</translation>
    </message>
    <message>
        <source>this id is not in the database, but {kind} with the same {what} is, with the id {id}</source>
        <translation>this id is not in the database, but {kind} with the same {what} is, with the id {id}</translation>
    </message>
    <message>
        <source>the database has this {what} on the record of {holder}, which the file changes; exchanging {what}s takes two imports</source>
        <translation>the database has this {what} on the record of {holder}, which the file changes; exchanging {what}s takes two imports</translation>
    </message>
    <message>
        <source>a {lifecycle} account needs a lifecycle_reason saying why</source>
        <translation>a {lifecycle} account needs a lifecycle_reason saying why</translation>
    </message>
    <message>
        <source>{name} is not a contact of this account</source>
        <translation>{name} is not a contact of this account</translation>
    </message>
    <message>
        <source>reports_to goes round in a circle: {chain}</source>
        <translation>reports_to goes round in a circle: {chain}</translation>
    </message>
    <message>
        <source>no such account to be the holding</source>
        <translation>no such account to be the holding</translation>
    </message>
    <message>
        <source>would make the company its own holding: {chain}</source>
        <translation>would make the company its own holding: {chain}</translation>
    </message>
    <message>
        <source>no account named {name} in the file or the database to be the holding</source>
        <translation>no account named {name} in the file or the database to be the holding</translation>
    </message>
    <message>
        <source>no account with the INN {inn} to be the holding</source>
        <translation>no account with the INN {inn} to be the holding</translation>
    </message>
    <message>
        <source>no account named {name} to be the holding</source>
        <translation>no account named {name} to be the holding</translation>
    </message>
    <message>
        <source>line {line} gives another holding</source>
        <translation>line {line} gives another holding</translation>
    </message>
    <message>
        <source>{account} stands alone</source>
        <translation>{account} stands alone</translation>
    </message>
    <message>
        <source>{account} belongs to the holding {holding}</source>
        <translation>{account} belongs to the holding {holding}</translation>
    </message>
    <message>
        <source>Holding: {name}</source>
        <translation>Holding: {name}</translation>
    </message>
    <message>
        <source>Group revenue {year}: {amount} {currency}</source>
        <translation>Group revenue {year}: {amount} {currency}</translation>
    </message>
    <message>
        <source>another program holds the database locked; close it (or wait for it to finish) and try again</source>
        <translation>another program holds the database locked; close it (or wait for it to finish) and try again</translation>
    </message>
    <message>
        <source>the database file is damaged: run kam-desktop check, and restore the newest backup that passes it</source>
        <translation>the database file is damaged: run kam-desktop check, and restore the newest backup that passes it</translation>
    </message>
    <message>
        <source>the database file cannot be written (it is read-only)</source>
        <translation>the database file cannot be written (it is read-only)</translation>
    </message>
    <message>
        <source>the database file could not be read or written (an input/output error of the disk)</source>
        <translation>the database file could not be read or written (an input/output error of the disk)</translation>
    </message>
    <message>
        <source>the disk is full: free some space and try again</source>
        <translation>the disk is full: free some space and try again</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>the database file cannot be opened</translation>
    </message>
    <message>
        <source>the database refused: {reason}</source>
        <translation>the database refused: {reason}</translation>
    </message>
    <message>
        <source>the workbook&apos;s part {part} declares a DOCTYPE or entities, which a workbook never needs</source>
        <translation>the workbook&apos;s part {part} declares a DOCTYPE or entities, which a workbook never needs</translation>
    </message>
    <message>
        <source>the workbook&apos;s part {part} is too large</source>
        <translation>the workbook&apos;s part {part} is too large</translation>
    </message>
    <message>
        <source>the workbook holds more than {limit} texts</source>
        <translation>the workbook holds more than {limit} texts</translation>
    </message>
    <message>
        <source>a row of the first sheet has more than {limit} columns</source>
        <translation>a row of the first sheet has more than {limit} columns</translation>
    </message>
    <message>
        <source>the first sheet has a row numbered {number}</source>
        <translation>the first sheet has a row numbered {number}</translation>
    </message>
    <message>
        <source>No losses recorded.</source>
        <translation>No losses recorded.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Win-back</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>possible, no plan</source>
        <translation>possible, no plan</translation>
    </message>
    <message>
        <source>{count} open, next {due}</source>
        <translation>{count} open, next {due}</translation>
    </message>
    <message>
        <source>Recorded the loss of {account}</source>
        <translation>Recorded the loss of {account}</translation>
    </message>
    <message>
        <source>Added a win-back action for {account}</source>
        <translation>Added a win-back action for {account}</translation>
    </message>
    <message>
        <source>{account} has no loss recorded</source>
        <translation>{account} has no loss recorded</translation>
    </message>
    <message>
        <source>{account}, {period}, in {currency}</source>
        <translation>{account}, {period}, in {currency}</translation>
    </message>
    <message>
        <source>No product group is estimated or named in the deals.</source>
        <translation>No product group is estimated or named in the deals.</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Product group</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Our revenue</source>
        <translation>Our revenue</translation>
    </message>
    <message>
        <source>Our share</source>
        <translation>Our share</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Recorded the estimate of {group} for {account}</source>
        <translation>Recorded the estimate of {group} for {account}</translation>
    </message>
    <message>
        <source>No product group has a potential beyond our revenue in {year}.</source>
        <translation>No product group has a potential beyond our revenue in {year}.</translation>
    </message>
    <message>
        <source>Potential not yet ours in {year}, {currency}</source>
        <translation>Potential not yet ours in {year}, {currency}</translation>
    </message>
    <message>
        <source>Demo portfolio loaded: {count} accounts into {path}</source>
        <translation>Demo portfolio loaded: {count} accounts into {path}</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Imported {file}: {added} added, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>Exported {count} accounts to {file}</source>
        <translation>Exported {count} accounts to {file}</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source> (also their records at {accounts})</source>
        <translation> (also their records at {accounts})</translation>
    </message>
    <message>
        <source>Erased{also}. {count} backup(s) scrubbed too.</source>
        <translation>Erased{also}. {count} backup(s) scrubbed too.</translation>
    </message>
    <message>
        <source>the database {path} is open in KAM Desktop; close its window first, or do this in the window (File menu)</source>
        <translation>the database {path} is open in KAM Desktop; close its window first, or do this in the window (File menu)</translation>
    </message>
    <message>
        <source>kam-desktop: error: {message}</source>
        <translation>kam-desktop: error: {message}</translation>
    </message>
    <message>
        <source>No accounts. Try `kam-desktop demo` or `kam-desktop import FILE`.</source>
        <translation>No accounts. Try `kam-desktop demo` or `kam-desktop import FILE`.</translation>
    </message>
    <message>
        <source>OK: {path} passes the integrity check (schema {revision})</source>
        <translation>OK: {path} passes the integrity check (schema {revision})</translation>
    </message>
    <message>
        <source>erasing cannot be undone: confirm with --yes</source>
        <translation>erasing cannot be undone: confirm with --yes</translation>
    </message>
    <message>
        <source>Erase everything about {contact} ({account}){also} from this laptop, backups included? This cannot be undone. [y/N] </source>
        <translation>Erase everything about {contact} ({account}){also} from this laptop, backups included? This cannot be undone. [y/N] </translation>
    </message>
    <message>
        <source>cannot open the database {path}: {reason}</source>
        <translation>cannot open the database {path}: {reason}</translation>
    </message>
    <message>
        <source>added: {name}</source>
        <translation>added: {name}</translation>
    </message>
    <message>
        <source>updated: {name}</source>
        <translation>updated: {name}</translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>Nothing erased.</translation>
    </message>
    <message>
        <source>Value dossier of {account} written to {path}</source>
        <translation>Value dossier of {account} written to {path}</translation>
    </message>
    <message>
        <source>Portfolio report of {count} accounts written to {path}</source>
        <translation>Portfolio report of {count} accounts written to {path}</translation>
    </message>
    <message>
        <source>Meeting pack for {account} written to {path}</source>
        <translation>Meeting pack for {account} written to {path}</translation>
    </message>
    <message>
        <source>Hand-over pack of {account} for {receiver} written to {path}</source>
        <translation>Hand-over pack of {account} for {receiver} written to {path}</translation>
    </message>
    <message>
        <source>{account} handed over from {previous} to {receiver}</source>
        <translation>{account} handed over from {previous} to {receiver}</translation>
    </message>
    <message>
        <source>Account plan of {account} written to {path}</source>
        <translation>Account plan of {account} written to {path}</translation>
    </message>
    <message>
        <source>Bundle of {count} account(s) written to {path} (encrypted)</source>
        <translation>Bundle of {count} account(s) written to {path} (encrypted)</translation>
    </message>
    <message>
        <source>Bundle of {count} account(s) written to {path}</source>
        <translation>Bundle of {count} account(s) written to {path}</translation>
    </message>
    <message>
        <source>It carries the personal questionnaires.</source>
        <translation>It carries the personal questionnaires.</translation>
    </message>
    <message>
        <source>It carries no personal questionnaires (--with-personal adds them).</source>
        <translation>It carries no personal questionnaires (--with-personal adds them).</translation>
    </message>
    <message>
        <source>personal must be true or false</source>
        <translation>personal must be true or false</translation>
    </message>
    <message>
        <source>the bundle says it holds no personal questionnaires, yet it does</source>
        <translation>the bundle says it holds no personal questionnaires, yet it does</translation>
    </message>
    <message>
        <source>the password file is empty</source>
        <translation>the password file is empty</translation>
    </message>
    <message>
        <source>cannot read the password file: {reason}</source>
        <translation>cannot read the password file: {reason}</translation>
    </message>
    <message>
        <source>the bundle would carry personal notes unlocked: give --password-file F, or --no-password to write it unlocked all the same</source>
        <translation>the bundle would carry personal notes unlocked: give --password-file F, or --no-password to write it unlocked all the same</translation>
    </message>
    <message>
        <source>Already imported: {file} from {source} (made {made}) brings nothing new; nothing changed.</source>
        <translation>Already imported: {file} from {source} (made {made}) brings nothing new; nothing changed.</translation>
    </message>
    <message>
        <source>Imported {file} from {source} (made {made}): {added} account(s) added, {updated} updated, {deleted} deleted, {conflicts} conflict(s)</source>
        <translation>Imported {file} from {source} (made {made}): {added} account(s) added, {updated} updated, {deleted} deleted, {conflicts} conflict(s)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>, {count} person(s) erased</source>
        <translation>, {count} person(s) erased</translation>
    </message>
    <message>
        <source>held back: {name}: the sender had not yet received the erasure of a person there; its changes come with its next bundle</source>
        <translation>held back: {name}: the sender had not yet received the erasure of a person there; its changes come with its next bundle</translation>
    </message>
    <message>
        <source>in use: {value} ({by}, {at})</source>
        <translation>in use: {value} ({by}, {at})</translation>
    </message>
    <message>
        <source>other: {value} ({by}, {at})</source>
        <translation>other: {value} ({by}, {at})</translation>
    </message>
    <message>
        <source>deleted: {name}</source>
        <translation>deleted: {name}</translation>
    </message>
    <message>
        <source>, switched</source>
        <translation>, switched</translation>
    </message>
    <message>
        <source>updated: {name}: {added} record(s) added, {changed} changed, {deleted} deleted, {conflicts} conflict(s)</source>
        <translation>updated: {name}: {added} record(s) added, {changed} changed, {deleted} deleted, {conflicts} conflict(s)</translation>
    </message>
    <message>
        <source>{file}: CSV, {encoding}, delimiter {delimiter}, header on line {line}, {rows} rows</source>
        <translation>{file}: CSV, {encoding}, delimiter {delimiter}, header on line {line}, {rows} rows</translation>
    </message>
    <message>
        <source>{file}: XLSX, sheet {sheet}, header on row {line}, {rows} rows</source>
        <translation>{file}: XLSX, sheet {sheet}, header on row {line}, {rows} rows</translation>
    </message>
    <message>
        <source>line {line}, {column}</source>
        <translation>line {line}, {column}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>{bad} bad row(s), nothing imported: fix the file, or pass --skip-bad to import the {good} good row(s) only</source>
        <translation>{bad} bad row(s), nothing imported: fix the file, or pass --skip-bad to import the {good} good row(s) only</translation>
    </message>
    <message>
        <source>Imported {rows} row(s): {accounts_added} accounts added, {accounts_updated} updated; {contacts_added} contacts added, {contacts_updated} updated</source>
        <translation>Imported {rows} row(s): {accounts_added} accounts added, {accounts_updated} updated; {contacts_added} contacts added, {contacts_updated} updated</translation>
    </message>
    <message>
        <source>Imported {rows} row(s): {added} deals added, {updated} updated, {same} unchanged</source>
        <translation>Imported {rows} row(s): {added} deals added, {updated} updated, {same} unchanged</translation>
    </message>
    <message>
        <source>{count} row(s) written to {path}</source>
        <translation>{count} row(s) written to {path}</translation>
    </message>
    <message>
        <source>{count} event(s) written to {path}</source>
        <translation>{count} event(s) written to {path}</translation>
    </message>
    <message>
        <source>good rows: {good}, bad rows: {bad}</source>
        <translation>good rows: {good}, bad rows: {bad}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>accounts to add: {add}, to update: {update}, unchanged: {same}</source>
        <translation>accounts to add: {add}, to update: {update}, unchanged: {same}</translation>
    </message>
    <message>
        <source>contacts to add: {add}, to update: {update}</source>
        <translation>contacts to add: {add}, to update: {update}</translation>
    </message>
    <message>
        <source>deals to add: {add}, to update: {update}, unchanged: {same}, of {accounts} account(s)</source>
        <translation>deals to add: {add}, to update: {update}, unchanged: {same}, of {accounts} account(s)</translation>
    </message>
    <message>
        <source>no account has the owner {owner}</source>
        <translation>no account has the owner {owner}</translation>
    </message>
    <message>
        <source>No backups of {path} yet. `kam-desktop backup` writes one.</source>
        <translation>No backups of {path} yet. `kam-desktop backup` writes one.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}</source>
        <translation>Restored {backup} into {path}</translation>
    </message>
    <message>
        <source>Restored {backup} into {path} (migrated to the current schema)</source>
        <translation>Restored {backup} into {path} (migrated to the current schema)</translation>
    </message>
    <message>
        <source>The damaged database as it was is kept as {path}</source>
        <translation>The damaged database as it was is kept as {path}</translation>
    </message>
    <message>
        <source>The database as it was is kept as the backup {path}</source>
        <translation>The database as it was is kept as the backup {path}</translation>
    </message>
    <message>
        <source>What we keep about {name} ({count} account(s)) written to {path}</source>
        <translation>What we keep about {name} ({count} account(s)) written to {path}</translation>
    </message>
    <message>
        <source>{count} person(s) erased since the backup was taken were erased again</source>
        <translation>{count} person(s) erased since the backup was taken were erased again</translation>
    </message>
    <message>
        <source>there is no such backup</source>
        <translation>there is no such backup</translation>
    </message>
    <message>
        <source>the file is not a sound database ({reason}); nothing was restored</source>
        <translation>the file is not a sound database ({reason}); nothing was restored</translation>
    </message>
    <message>
        <source>the backup fails the integrity check ({reason}); nothing was restored</source>
        <translation>the backup fails the integrity check ({reason}); nothing was restored</translation>
    </message>
    <message>
        <source>the file is not a KAM Desktop database; nothing was restored</source>
        <translation>the file is not a KAM Desktop database; nothing was restored</translation>
    </message>
    <message>
        <source>the backup was written by a newer version of KAM Desktop; nothing was restored</source>
        <translation>the backup was written by a newer version of KAM Desktop; nothing was restored</translation>
    </message>
    <message>
        <source>write to a file ending in .pdf or .json</source>
        <translation>write to a file ending in .pdf or .json</translation>
    </message>
    <message>
        <source>{text} is not a period: write a year (2025), a quarter (2025-Q3) or a date (2025-03-14)</source>
        <translation>{text} is not a period: write a year (2025), a quarter (2025-Q3) or a date (2025-03-14)</translation>
    </message>
    <message>
        <source>{value} is not a rate: write a number above zero with at most eight decimal places</source>
        <translation>{value} is not a rate: write a number above zero with at most eight decimal places</translation>
    </message>
    <message>
        <source>a rate of {currency} to itself is always 1</source>
        <translation>a rate of {currency} to itself is always 1</translation>
    </message>
    <message>
        <source>the rate is no longer there</source>
        <translation>the rate is no longer there</translation>
    </message>
    <message>
        <source>no column of {field}: the file&apos;s columns are {headers}</source>
        <translation>no column of {field}: the file&apos;s columns are {headers}</translation>
    </message>
    <message>
        <source>the file names no currency: name it (such as EUR)</source>
        <translation>the file names no currency: name it (such as EUR)</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>the file has no rates</translation>
    </message>
    <message>
        <source>{file}: {read} rate(s) read, {changed} new or changed</source>
        <translation>{file}: {read} rate(s) read, {changed} new or changed</translation>
    </message>
    <message>
        <source>No exchange rates. Try `kam-desktop rates import FILE --currency EUR`.</source>
        <translation>No exchange rates. Try `kam-desktop rates import FILE --currency EUR`.</translation>
    </message>
    <message>
        <source>{url} is not a database address such as postgresql+psycopg://user@host/database</source>
        <translation>{url} is not a database address such as postgresql+psycopg://user@host/database</translation>
    </message>
    <message>
        <source>{url} names no database</source>
        <translation>{url} names no database</translation>
    </message>
    <message>
        <source>cannot reach the team server {server}: {reason}</source>
        <translation>cannot reach the team server {server}: {reason}</translation>
    </message>
    <message>
        <source>the team server {server} has no database {name}</source>
        <translation>the team server {server} has no database {name}</translation>
    </message>
    <message>
        <source>the team server {server} does not know the login {name}</source>
        <translation>the team server {server} does not know the login {name}</translation>
    </message>
    <message>
        <source>the team server {server} refused the password of {name}</source>
        <translation>the team server {server} refused the password of {name}</translation>
    </message>
    <message>
        <source>no team server answers at {server}</source>
        <translation>no team server answers at {server}</translation>
    </message>
    <message>
        <source>the team server {server} refused: {reason}</source>
        <translation>the team server {server} refused: {reason}</translation>
    </message>
    <message>
        <source>the database {server} holds tables of another program; KAM Desktop leaves it untouched</source>
        <translation>the database {server} holds tables of another program; KAM Desktop leaves it untouched</translation>
    </message>
    <message>
        <source>the team server {server} was set up by a newer version of KAM Desktop; update KAM Desktop</source>
        <translation>the team server {server} was set up by a newer version of KAM Desktop; update KAM Desktop</translation>
    </message>
    <message>
        <source>the team server {server} is not set up: run kam-desktop server init first</source>
        <translation>the team server {server} is not set up: run kam-desktop server init first</translation>
    </message>
    <message>
        <source>the team server {server} has an older schema: run kam-desktop server init to bring it up to date</source>
        <translation>the team server {server} has an older schema: run kam-desktop server init to bring it up to date</translation>
    </message>
    <message>
        <source>Team server ready: {server} (schema {schema}, replica {replica})</source>
        <translation>Team server ready: {server} (schema {schema}, replica {replica})</translation>
    </message>
    <message>
        <source>{login} works on {server} as {person}, head of sales</source>
        <translation>{login} works on {server} as {person}, head of sales</translation>
    </message>
    <message>
        <source>{login} works on {server} as {person}, manager</source>
        <translation>{login} works on {server} as {person}, manager</translation>
    </message>
    <message>
        <source>Nothing to push: {server} has every change of this laptop</source>
        <translation>Nothing to push: {server} has every change of this laptop</translation>
    </message>
    <message>
        <source>Nothing to pull: this laptop has every change of {server}</source>
        <translation>Nothing to pull: this laptop has every change of {server}</translation>
    </message>
    <message>
        <source>Pushed to {server}: {added} account(s) added, {updated} updated, {deleted} deleted, {conflicts} conflict(s)</source>
        <translation>Pushed to {server}: {added} account(s) added, {updated} updated, {deleted} deleted, {conflicts} conflict(s)</translation>
    </message>
    <message>
        <source>Pulled from {server}: {added} account(s) added, {updated} updated, {deleted} deleted, {conflicts} conflict(s)</source>
        <translation>Pulled from {server}: {added} account(s) added, {updated} updated, {deleted} deleted, {conflicts} conflict(s)</translation>
    </message>
</context>
<context>
    <name>person</name>
    <message>
        <source>What we keep about {name}</source>
        <translation>What we keep about {name}</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Nothing was exported</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Language</source>
        <extracomment>the Preferences page of the plan reviews and the hand-over triggers</extracomment>
        <translation>Language</translation>
    </message>
    <message>
        <source>Cooling after</source>
        <translation>Cooling after</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>An account is cooling when nobody has met its leader or specifier for longer.</source>
        <translation>An account is cooling when nobody has met its leader or specifier for longer.</translation>
    </message>
    <message>
        <source>Workload norm per KAM</source>
        <translation>Workload norm per KAM</translation>
    </message>
    <message>
        <source> typical accounts</source>
        <translation> typical accounts</translation>
    </message>
    <message>
        <source>How much one KAM can carry. A typical account weighs 1; the workload factors in each dossier make an account lighter (down to 0.5) or heavier (up to 2).</source>
        <translation>How much one KAM can carry. A typical account weighs 1; the workload factors in each dossier make an account lighter (down to 0.5) or heavier (up to 2).</translation>
    </message>
    <message>
        <source>Cost of a person-day</source>
        <translation>Cost of a person-day</translation>
    </message>
    <message>
        <source>What a day of one of our people costs, in the account&apos;s currency: an opportunity&apos;s priority weighs the people and days it needs beside its money.</source>
        <translation>What a day of one of our people costs, in the account&apos;s currency: an opportunity&apos;s priority weighs the people and days it needs beside its money.</translation>
    </message>
    <message>
        <source>Hand over after</source>
        <translation>Hand over after</translation>
    </message>
    <message>
        <source> deals</source>
        <translation> deals</translation>
    </message>
    <message>
        <source>Today proposes handing a prospect over to a client manager once it has this many deals (1: the contract is signed). 0: never.</source>
        <translation>Today proposes handing a prospect over to a client manager once it has this many deals (1: the contract is signed). 0: never.</translation>
    </message>
    <message>
        <source>Hand over at orders of</source>
        <translation>Hand over at orders of</translation>
    </message>
    <message>
        <source> a year</source>
        <translation> a year</translation>
    </message>
    <message>
        <source>…when its deals of the last 12 months add up to this amount, in the account&apos;s currency. 0: never.</source>
        <translation>…when its deals of the last 12 months add up to this amount, in the account&apos;s currency. 0: never.</translation>
    </message>
    <message>
        <source>Hand over at a share of wallet of</source>
        <translation>Hand over at a share of wallet of</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>…when its deals of the last 12 months reach this share of its purchase potential. 0: never.</source>
        <translation>…when its deals of the last 12 months reach this share of its purchase potential. 0: never.</translation>
    </message>
    <message>
        <source>Hand over a regular client after</source>
        <translation>Hand over a regular client after</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>…when it has bought at least twice, within the last 12 months too, and its first deal is this many months old. 0: never.</source>
        <translation>…when it has bought at least twice, within the last 12 months too, and its first deal is this many months old. 0: never.</translation>
    </message>
    <message>
        <source>How often the written plan of an account of this category is reviewed with the team; Today reminds you when it is due.</source>
        <translation>How often the written plan of an account of this category is reviewed with the team; Today reminds you when it is due.</translation>
    </message>
    <message>
        <source>Review key accounts&apos; plans every</source>
        <translation>Review key accounts&apos; plans every</translation>
    </message>
    <message>
        <source>Review developing accounts&apos; plans every</source>
        <translation>Review developing key accounts&apos; plans every</translation>
    </message>
    <message>
        <source>Review maintained accounts&apos; plans every</source>
        <translation>Review maintained accounts&apos; plans every</translation>
    </message>
    <message>
        <source>Review occasional accounts&apos; plans every</source>
        <translation>Review occasional accounts&apos; plans every</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>As it is written in the accounts&apos; Owner field and account teams: your accounts are those you own or whose team you are on. The reports name you as their author.</source>
        <translation>As it is written in the accounts&apos; Owner field and account teams: your accounts are those you own or whose team you are on. The reports name you as their author.</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Our company</translation>
    </message>
    <message>
        <source>Named on the cover and at the foot of every page of the value dossier.</source>
        <translation>Named on the cover and at the foot of every page of the value dossier.</translation>
    </message>
    <message>
        <source>Our logo</source>
        <translation>Our logo</translation>
    </message>
    <message>
        <source>A PNG, SVG or JPEG picture for the cover of the value dossier.</source>
        <translation>A PNG, SVG or JPEG picture for the cover of the value dossier.</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>Your position</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Your phone</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Your e-mail</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s name or address, as your administrator gave it.</source>
        <translation>The PostgreSQL server&apos;s name or address, as your administrator gave it.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s port: 5432 unless your administrator says otherwise.</source>
        <translation>PostgreSQL&apos;s port: 5432 unless your administrator says otherwise.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>The database of the team&apos;s portfolio on that server.</source>
        <translation>The database of the team&apos;s portfolio on that server.</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Your login</translation>
    </message>
    <message>
        <source>Your own PostgreSQL login, as your administrator created it: it decides which accounts the server lets you see.</source>
        <translation>Your own PostgreSQL login, as your administrator created it: it decides which accounts the server lets you see.</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>Serves our long-term plans: it gets our time, people and money first.</source>
        <translation>Serves our long-term plans: it gets our time, people and money first.</translation>
    </message>
    <message>
        <source>Would be key if we were a more attractive supplier: work on what would make us one.</source>
        <translation>Would be key if we were a more attractive supplier: work on what would make us one.</translation>
    </message>
    <message>
        <source>Loyal for years: serve it well at low cost and free resources for other accounts.</source>
        <translation>Loyal for years: serve it well at low cost and free resources for other accounts.</translation>
    </message>
    <message>
        <source>Serve it when it pays, and promise nothing we cannot keep.</source>
        <translation>Serve it when it pays, and promise nothing we cannot keep.</translation>
    </message>
    <message>
        <source>What drives the client&apos;s choice of supplier? It tells how to serve it.</source>
        <translation>What drives the client&apos;s choice of supplier? It tells how to serve it.</translation>
    </message>
    <message>
        <source>Buys on the lowest price alone and seeks no lasting relationship: its value to us is doubtful. Keep the offer lean and invest nothing ahead.</source>
        <translation>Buys on the lowest price alone and seeks no lasting relationship: its value to us is doubtful. Keep the offer lean and invest nothing ahead.</translation>
    </message>
    <message>
        <source>Wants the new: tell it first of new products, consult it on market trends, invite it to pilots — but do not count on a long relationship.</source>
        <translation>Wants the new: tell it first of new products, consult it on market trends, invite it to pilots — but do not count on a long relationship.</translation>
    </message>
    <message>
        <source>Wants closeness: invitations, first-hand information, bonuses.</source>
        <translation>Wants closeness: invitations, first-hand information, bonuses.</translation>
    </message>
    <message>
        <source>Loyal and wary of change: avoid surprises and treat it as especially important.</source>
        <translation>Loyal and wary of change: avoid surprises and treat it as especially important.</translation>
    </message>
    <message>
        <source>{change} pp</source>
        <translation>{change} pp</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>The database {path} is open in another KAM Desktop window, which does not answer. Close it, or end it in the task manager.</source>
        <extracomment>the largest of the icon&apos;s sizes the first screen is shown with: a title bar, a task bar and a switcher show these; the larger ones follow once it is drawn (see window_icon)</extracomment>
        <translation>The database {path} is open in another KAM Desktop window, which does not answer. Close it, or end it in the task manager.</translation>
    </message>
    <message>
        <source>Cannot open the database {path}:
{error}</source>
        <translation>Cannot open the database {path}:
{error}</translation>
    </message>
</context>
<context>
    <name>today_actions</name>
    <message>
        <source>Mark done from Today: {count}</source>
        <translation>Mark done from Today: {count}</translation>
    </message>
    <message>
        <source>Postpone from Today: {count}</source>
        <translation>Postpone from Today: {count}</translation>
    </message>
    <message>
        <source>Postpone to</source>
        <translation>Postpone to</translation>
    </message>
</context>
</TS>
