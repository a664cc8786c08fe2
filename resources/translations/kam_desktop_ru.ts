<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>MainWindow</name>
    <message>
        <source>KAM Desktop — {path}</source>
        <translation>KAM Desktop — {path}</translation>
    </message>
    <message>
        <source>Search accounts (Ctrl+F)</source>
        <translation>Поиск клиентов (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import interchange file…</source>
        <translation>&amp;Импорт файла обмена…</translation>
    </message>
    <message>
        <source>&amp;Export portfolio…</source>
        <translation>&amp;Экспорт портфеля…</translation>
    </message>
    <message>
        <source>Load &amp;demo portfolio</source>
        <translation>Загрузить &amp;демо-портфель</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Сделать &amp;резервную копию</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About KAM Desktop</source>
        <translation>&amp;О программе KAM Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation><numerusform>%n клиент</numerusform><numerusform>%n клиента</numerusform><numerusform>%n клиентов</numerusform></translation>
    </message>
    <message>
        <source>Import interchange file</source>
        <translation>Импорт файла обмена</translation>
    </message>
    <message>
        <source>The file was not imported</source>
        <translation>Файл не импортирован</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Добавлено: {added}, обновлено: {updated}, без изменений: {unchanged}.</translation>
    </message>
    <message>
        <source>Export portfolio</source>
        <translation>Экспорт портфеля</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Экспортировано в {path}</translation>
    </message>
    <message>
        <source>The demo portfolio was not loaded</source>
        <translation>Демо-портфель не загружен</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>About KAM Desktop</source>
        <translation>О программе KAM Desktop</translation>
    </message>
    <message>
        <source>KAM Desktop {version}
Key-account management for the road.

Database: {path}</source>
        <translation>KAM Desktop {version}
Работа с ключевыми клиентами — всегда с собой.

База данных: {path}</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>Account</source>
        <extracomment>the value used for sorting (numbers sort as numbers, empty values last) the account's UUID, for opening it whatever the sort order</extracomment>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <source>Revenue last year</source>
        <translation>Выручка за прошлый год</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Доля в закупках</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to KAM Desktop</source>
        <translation>Добро пожаловать в KAM Desktop</translation>
    </message>
    <message>
        <source>Your portfolio is empty. Bring in your key accounts from an interchange file, or explore the application on a demo portfolio.</source>
        <translation>Портфель пока пуст. Загрузите ключевых клиентов из файла обмена или познакомьтесь с программой на демо-портфеле.</translation>
    </message>
    <message>
        <source>Import an interchange file…</source>
        <translation>Импортировать файл обмена…</translation>
    </message>
    <message>
        <source>Load the demo portfolio</source>
        <translation>Загрузить демо-портфель</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Key</source>
        <translation>Ключевой</translation>
    </message>
    <message>
        <source>Developing key</source>
        <translation>Развиваемый ключевой</translation>
    </message>
    <message>
        <source>Maintained</source>
        <translation>Поддерживаемый</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Эпизодический</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Развивающийся</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>Ключевой</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Спящий</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянный</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>Cannot open the database {path}:
{error}</source>
        <translation>Не удаётся открыть базу данных {path}:
{error}</translation>
    </message>
</context>
</TS>