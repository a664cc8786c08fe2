<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>KAM Desktop — {path}</source>
        <translation>KAM Desktop — {path}</translation>
    </message>
    <message>
        <source>Search accounts (Ctrl+F)</source>
        <translation>Search accounts (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
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
        <source>Load &amp;demo portfolio</source>
        <translation>Load &amp;demo portfolio</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About KAM Desktop</source>
        <translation>&amp;About KAM Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation><numerusform>%n account</numerusform><numerusform>%n accounts</numerusform></translation>
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
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>The demo portfolio was not loaded</source>
        <translation>The demo portfolio was not loaded</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
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
    <name>PortfolioModel</name>
    <message>
        <source>Account</source>
        <extracomment>the value used for sorting (numbers sort as numbers, empty values last) the account's UUID, for opening it whatever the sort order</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Revenue last year</source>
        <translation>Revenue last year</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of wallet</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to KAM Desktop</source>
        <translation>Welcome to KAM Desktop</translation>
    </message>
    <message>
        <source>Your portfolio is empty. Bring in your key accounts from an interchange file, or explore the application on a demo portfolio.</source>
        <translation>Your portfolio is empty. Bring in your key accounts from an interchange file, or explore the application on a demo portfolio.</translation>
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
    <name>labels</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Developing key</source>
        <translation>Developing key</translation>
    </message>
    <message>
        <source>Maintained</source>
        <translation>Maintained</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Occasional</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Developing</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Key account</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Sleeping</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Cannot open the database {path}:
{error}</source>
        <translation>Cannot open the database {path}:
{error}</translation>
    </message>
</context>
</TS>