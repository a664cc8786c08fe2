<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionsSection</name>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>action</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>Add an action to the selected goal</source>
        <translation>Добавить мероприятие к выбранной цели</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {date}, overdue by %n day(s)</source>
        <translation>
            <numerusform>⚠ {date}, просрочено на %n день</numerusform>
            <numerusform>⚠ {date}, просрочено на %n дня</numerusform>
            <numerusform>⚠ {date}, просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>New action {n}</source>
        <translation>Новое мероприятие {n}</translation>
    </message>
</context>
<context>
    <name>AnswersField</name>
    <message>
        <source>A “yes” points up the ladder.</source>
        <translation>Ответ «да» говорит в пользу более высокой ступени.</translation>
    </message>
    <message>
        <source>A “no” points up the ladder.</source>
        <translation>Ответ «нет» говорит в пользу более высокой ступени.</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>a view asks for a dossier to be opened: account id, section (or None), record id (or None)</extracomment>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>AttendeesField</name>
    <message>
        <source>Add contacts or team members first to record who was present.</source>
        <translation>Чтобы отметить участников, сначала добавьте контакты клиента или членов команды.</translation>
    </message>
    <message>
        <source>The client&apos;s people</source>
        <translation>Сотрудники клиента</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
</context>
<context>
    <name>BarrierSection</name>
    <message>
        <source>Since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Барьер</translation>
    </message>
    <message>
        <source>switching barrier</source>
        <translation>барьер переключения</translation>
    </message>
    <message>
        <source>Describe the barrier</source>
        <translation>Опишите барьер</translation>
    </message>
</context>
<context>
    <name>BarriersPage</name>
    <message>
        <source>Switching barriers</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Барьеры переключения</translation>
    </message>
    <message>
        <source>What we have built into the client&apos;s work that makes leaving us costly: shared software, documents kept in our client portal, joint processes.</source>
        <translation>То, что мы встроили в работу клиента и что делает уход от нас дорогим: общее программное обеспечение, документы в нашем клиентском портале, совместные процессы.</translation>
    </message>
    <message>
        <source>Cooling and loss reasons</source>
        <translation>Причины охлаждения и потери</translation>
    </message>
    <message>
        <source>When and why the relationship cooled or the client left. Studying these teaches more than satisfaction scores do.</source>
        <translation>Когда и почему отношения охладели или клиент ушёл. Разбор этих причин даёт больше, чем оценки удовлетворённости.</translation>
    </message>
</context>
<context>
    <name>ChartTexts</name>
    <message>
        <source>k</source>
        <translation>тыс.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>млн</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>млрд</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Пока нечего показать</translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted to {currency} at the rates of {year} ({rates}); value and deals at the rates of their dates.</source>
        <translation>Суммы в других валютах пересчитаны в {currency} по курсам {year} года ({rates}); ценность и сделки — по курсам на их даты.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in {currency} have no rate for {period} — not compared: {names}.</source>
        <translation>
            <numerusform>%n клиент в {currency} без курса за {period} — не сравнивается: {names}.</numerusform>
            <numerusform>%n клиента в {currency} без курса за {period} — не сравниваются: {names}.</numerusform>
            <numerusform>%n клиентов в {currency} без курса за {period} — не сравниваются: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Reset columns</source>
        <translation>Столбцы по умолчанию</translation>
    </message>
</context>
<context>
    <name>CompetitorsField</name>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Where the client puts them</source>
        <translation>Ступень в глазах клиента</translation>
    </message>
    <message>
        <source>Add competitor</source>
        <translation>Добавить конкурента</translation>
    </message>
    <message>
        <source>Remove competitor</source>
        <translation>Удалить конкурента</translation>
    </message>
    <message>
        <source>Each competitor needs a name; nothing is saved until every row has one.</source>
        <translation>У каждого конкурента должно быть название; пока в строке его нет, ничего не сохраняется.</translation>
    </message>
    <message>
        <source>“{name}” is listed twice: name each competitor once.</source>
        <translation>«{name}» указан дважды: укажите каждого конкурента один раз.</translation>
    </message>
    <message>
        <source>Where the client puts this competitor</source>
        <translation>Ступень этого конкурента в глазах клиента</translation>
    </message>
</context>
<context>
    <name>CompletenessBar</name>
    <message>
        <source>Dossier {filled} of {parts}</source>
        <extracomment>the dossier section where each part of domain.completeness.PARTS is filled in</extracomment>
        <translation>Досье: {filled} из {parts}</translation>
    </message>
    <message>
        <source>Missing: {parts}</source>
        <translation>Не хватает: {parts}</translation>
    </message>
    <message>
        <source>Every part the method asks for is filled in.</source>
        <translation>Заполнено всё, что требует методика.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Exchange conflicts</source>
        <translation>Конфликты обмена</translation>
    </message>
    <message>
        <source>When two laptops changed the same field since they last exchanged, the later change was kept. Here is what the other one was; take it if it was the right one (Ctrl+Z undoes).</source>
        <translation>Если с прошлого обмена одно и то же поле изменили на двух ноутбуках, сохранено более позднее изменение. Здесь видно другое значение; выберите его, если верно было оно (Ctrl+Z отменяет).</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>Other value from</source>
        <translation>Другое значение от</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Взять другое значение</translation>
    </message>
    <message>
        <source>No conflicts: every exchange so far merged cleanly.</source>
        <translation>Конфликтов нет: все обмены прошли без расхождений.</translation>
    </message>
    <message>
        <source>deleted with the record on another laptop</source>
        <translation>удалено вместе с записью на другом ноутбуке</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>вся запись</translation>
    </message>
    <message>
        <source>Use the other value of {field}</source>
        <translation>Взять другое значение поля {field}</translation>
    </message>
    <message>
        <source>The other value cannot be used</source>
        <translation>Другое значение взять нельзя</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent of {name}</source>
        <translation>Согласие: {name}</translation>
    </message>
    <message>
        <source>This is the first personal note about {name}. Keep such notes only with the person&apos;s consent: when and how did they agree?</source>
        <translation>Это первая личная запись о человеке «{name}». Такие сведения можно хранить только с согласия человека: когда и как он его дал?</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как дано</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>not met</source>
        <translation>не встречались</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Name</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Подчиняется</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Interest (0–10)</source>
        <translation>Интерес (0–10)</translation>
    </message>
    <message>
        <source>Involvement (0–10)</source>
        <translation>Вовлечённость (0–10)</translation>
    </message>
    <message>
        <source>Part in the purchase</source>
        <translation>Участие в закупке</translation>
    </message>
    <message>
        <source>Besides the role on the map: does the person make the decision, influence it, or use what we supply?</source>
        <translation>Помимо роли на карте: человек принимает решение, влияет на него или пользуется тем, что мы поставляем?</translation>
    </message>
    <message>
        <source>Confirmed in post on</source>
        <translation>В должности подтверждён</translation>
    </message>
    <message>
        <source>Left the company…</source>
        <translation>Ушёл из компании…</translation>
    </message>
    <message>
        <source>Record that the person left the client, and where they went</source>
        <translation>Отметить, что человек ушёл от клиента, и куда он перешёл</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Confidential — personal data</source>
        <translation>Конфиденциально — персональные данные</translation>
    </message>
    <message>
        <source>Never shown to the client and never printed in client-facing reports. Collect only what you will really use.</source>
        <translation>Не показывается клиенту и не попадает в отчёты для клиента. Собирайте только то, что действительно будете использовать.</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Способ согласия</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Стереть данные о человеке…</translation>
    </message>
    <message>
        <source>Erase all data about this person from this laptop, backups included. This cannot be undone.</source>
        <translation>Стереть все данные об этом человеке на этом ноутбуке, включая резервные копии. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>New contact {n}</source>
        <translation>Новый контакт {n}</translation>
    </message>
    <message>
        <source>Nobody on our side yet: choose who mirrors them on the Account team page.</source>
        <translation>С нашей стороны пока никого: выберите, кто его зеркалит, в разделе «Команда по клиенту».</translation>
    </message>
    <message>
        <source>left {date}</source>
        <translation>ушёл {date}</translation>
    </message>
    <message>
        <source>from {account}</source>
        <translation>из {account}</translation>
    </message>
    <message>
        <source>Previously at {account}, left on {date}.</source>
        <translation>Ранее работал(а) в {account}, ушёл(а) {date}.</translation>
    </message>
    <message>
        <source>an unknown company</source>
        <translation>неизвестную компанию</translation>
    </message>
    <message>
        <source>Left on {date} for {where}.</source>
        <translation>Ушёл(а) {date} в {where}.</translation>
    </message>
    <message>
        <source>Works at this client.</source>
        <translation>Работает у этого клиента.</translation>
    </message>
    <message>
        <source>{name} left the company</source>
        <translation>{name} покинул(а) компанию</translation>
    </message>
    <message>
        <source>Cannot record the departure</source>
        <translation>Не удалось отметить уход</translation>
    </message>
    <message>
        <source>The same person&apos;s records at {accounts} go too.</source>
        <translation>Записи о том же человеке у клиентов {accounts} тоже будут удалены.</translation>
    </message>
    <message>
        <source>Erase {name}?</source>
        <translation>Стереть данные: {name}?</translation>
    </message>
    <message>
        <source>Everything about {name} will be erased from this laptop: the contact, the personal notes, their place in diaries, mentions of their name in texts, and the same in every backup. Only a note that an erasure happened is kept. This cannot be undone.</source>
        <translation>Всё о человеке «{name}» будет стёрто с этого ноутбука: контакт, личные сведения, участие во встречах, упоминания имени в текстах — и то же самое во всех резервных копиях. Останется лишь запись о том, что данные стёрты. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Mirrored by</source>
        <translation>Кто зеркалит</translation>
    </message>
    <message>
        <source>Export what we keep about this person…</source>
        <translation>Выгрузить всё, что мы храним об этом человеке…</translation>
    </message>
    <message>
        <source>Erased. {count} backup(s) scrubbed too.</source>
        <translation>Данные стёрты. Очищено резервных копий: {count}.</translation>
    </message>
    <message>
        <source>Edit personal notes</source>
        <translation>Изменение личных сведений</translation>
    </message>
</context>
<context>
    <name>CoolingSection</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>cooling reason</source>
        <translation>причину охлаждения</translation>
    </message>
    <message>
        <source>Describe why the relationship cooled</source>
        <translation>Опишите, почему отношения охладели</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>ABC analysis (Pareto)</source>
        <extracomment>the views in the order of the list (ui.charts.painter draws them by these keys); each view&apos;s series are the analytics section of the same name the views that show movement from the date chosen beside them the choices beside a view that its drawing depends on (DashboardView._choices) how often to look whether the window has finished reading, to warm matplotlib up the pause between two charts drawn ahead, in which the window answers input False: a view is drawn only when shown (the benchmark&apos;s cold switch) counts the changes: a read begun before the latest one is dropped when each section&apos;s series arrived, to know which drawings are out of date</extracomment>
        <translation>ABC-анализ (Парето)</translation>
    </message>
    <message>
        <source>Potential and share of wallet</source>
        <translation>Потенциал и доля в закупках</translation>
    </message>
    <message>
        <source>Where to grow</source>
        <translation>Где расти</translation>
    </message>
    <message>
        <source>Whitespace: accounts × groups</source>
        <translation>Белые пятна: клиенты × группы</translation>
    </message>
    <message>
        <source>Value delivered</source>
        <translation>Переданная ценность</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Lifecycle and losses</source>
        <translation>Жизненный цикл и потери</translation>
    </message>
    <message>
        <source>Role coverage</source>
        <translation>Покрытие ролей</translation>
    </message>
    <message>
        <source>Losses by cause and competitor</source>
        <translation>Потери по причинам и конкурентам</translation>
    </message>
    <message>
        <source>Involvement map</source>
        <translation>Карта участия</translation>
    </message>
    <message>
        <source>KAM workload</source>
        <translation>Нагрузка менеджера</translation>
    </message>
    <message>
        <source>Movement since</source>
        <translation>Движение с</translation>
    </message>
    <message>
        <source>Reading the portfolio…</source>
        <translation>Читаем портфель…</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Товарная группа</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Click a bar, a point or an area of the chart to list the accounts behind it.</source>
        <translation>Щёлкните столбец, точку или область диаграммы, чтобы увидеть клиентов за ними.</translation>
    </message>
    <message>
        <source>Double-click an account to open its dossier.</source>
        <translation>Двойной щелчок открывает досье клиента.</translation>
    </message>
    <message>
        <source>Each cell: our share of the client&apos;s purchases of the group in {year}. Click a cell to open the dossier.</source>
        <translation>В ячейке — наша доля в закупках клиентом этой группы в {year} году. Щелчок по ячейке открывает досье.</translation>
    </message>
</context>
<context>
    <name>DealsImport</name>
    <message>
        <source>Client&apos;s INN</source>
        <translation>ИНН клиента</translation>
    </message>
    <message>
        <source>Client&apos;s name</source>
        <translation>Название клиента</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Товарная группа</translation>
    </message>
    <message>
        <source>Document or contract</source>
        <translation>Документ или договор</translation>
    </message>
    <message>
        <source>Choose the column that holds the client&apos;s INN or name.</source>
        <translation>Выберите столбец с ИНН или названием клиента.</translation>
    </message>
    <message>
        <source>Choose the columns that hold the deal&apos;s date and amount.</source>
        <translation>Выберите столбцы с датой и суммой сделки.</translation>
    </message>
    <message>
        <source>Deals: &lt;b&gt;{add}&lt;/b&gt; to add, &lt;b&gt;{update}&lt;/b&gt; to update, {same} unchanged. Clients: {accounts}.</source>
        <translation>Сделки: &lt;b&gt;{add}&lt;/b&gt; добавить, &lt;b&gt;{update}&lt;/b&gt; обновить, {same} без изменений. Клиентов: {accounts}.</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>Добавить сделку</translation>
    </message>
    <message>
        <source>Update deal</source>
        <translation>Обновить сделку</translation>
    </message>
    <message>
        <source>Import deals from a shipments or orders export</source>
        <translation>Загрузка сделок из выгрузки отгрузок или заказов</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>* required, and the client&apos;s INN or name. Rows are matched to the portfolio&apos;s accounts by INN, else by name; rows of one document add up. Importing the same file again adds nothing.</source>
        <translation>* обязательно, а также ИНН или название клиента. Строки сопоставляются с клиентами портфеля по ИНН, без ИНН — по названию; строки одного документа складываются. Повторная загрузка того же файла ничего не добавляет.</translation>
    </message>
    <message>
        <source>Imported. Deals: {added} added, {updated} updated.</source>
        <translation>Загружено. Сделки: {added} добавлено, {updated} обновлено.</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>Every purchase of the client: import them from the ERP&apos;s shipments or orders export (File → Import deals from the ERP…) or add them here. Repeat purchases, how often the client buys and the average deal are what a client manager grows.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Все покупки клиента: загрузите их из выгрузки отгрузок или заказов учётной системы (Файл → Загрузить сделки из учётной системы…) или внесите здесь. Повторные продажи, частота покупок и средняя сумма сделки — то, что растит клиентский менеджер.</translation>
    </message>
    <message>
        <source>Set yearly revenue from deals</source>
        <translation>Выручка за годы по сделкам</translation>
    </message>
    <message>
        <source>Record each completed year&apos;s revenue as the sum of its deals (Ctrl+Z undoes it); revenue typed by hand stays until you do this</source>
        <translation>Записать выручку каждого завершённого года как сумму его сделок (Ctrl+Z отменяет); выручка, внесённая вручную, остаётся, пока вы этого не сделаете</translation>
    </message>
    <message>
        <source>The yearly revenue already matches the deals.</source>
        <translation>Выручка за годы уже совпадает со сделками.</translation>
    </message>
    <message>
        <source>Set revenue from deals</source>
        <translation>Выручка по сделкам</translation>
    </message>
    <message>
        <source>Revenue set from the deals for {years}.</source>
        <translation>Выручка по сделкам записана за {years}.</translation>
    </message>
</context>
<context>
    <name>DealsSection</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Товарная группа</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>сделку</translation>
    </message>
    <message>
        <source>The ERP&apos;s order or contract number</source>
        <translation>Номер заказа, накладной или договора в учётной системе</translation>
    </message>
    <message>
        <source>Amount, {currency}</source>
        <translation>Сумма, {currency}</translation>
    </message>
</context>
<context>
    <name>DepartmentRoleEditor</name>
    <message>
        <source>The department&apos;s role at the stage</source>
        <translation>Роль подразделения на этапе</translation>
    </message>
    <message>
        <source>e.g. finds plants that launch new lines</source>
        <translation>например, ищет заводы, запускающие новые линии</translation>
    </message>
    <message>
        <source>Role at the stage:</source>
        <translation>Роль на этапе:</translation>
    </message>
    <message>
        <source>Select a department&apos;s share of a saved stage to say what the department does there</source>
        <translation>Выберите долю подразделения на сохранённом этапе, чтобы записать, что оно там делает</translation>
    </message>
    <message>
        <source>What {department} does at “{stage}”:</source>
        <translation>Что делает «{department}» на этапе «{stage}»:</translation>
    </message>
    <message>
        <source>Edit a department&apos;s role</source>
        <translation>Изменить роль подразделения</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Date</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>diary entry</source>
        <translation>запись дневника</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Add an entry dated today ({shortcut})</source>
        <translation>Добавить запись с сегодняшней датой ({shortcut})</translation>
    </message>
    <message>
        <source>The next step is done</source>
        <translation>Следующий шаг выполнен</translation>
    </message>
    <message>
        <source>Mark next step done</source>
        <translation>Отметить шаг выполненным</translation>
    </message>
    <message>
        <source>Close the next step of the selected entry (Ctrl+Z undoes it)</source>
        <translation>Закрыть следующий шаг выбранной записи (Ctrl+Z отменит)</translation>
    </message>
    <message>
        <source>⚠ {date}, overdue</source>
        <translation>⚠ {date}, просрочен</translation>
    </message>
    <message>
        <source>Select an entry to see its next step.</source>
        <translation>Выберите запись, чтобы увидеть её следующий шаг.</translation>
    </message>
    <message>
        <source>No next step planned for this entry.</source>
        <translation>Для этой записи следующий шаг не запланирован.</translation>
    </message>
    <message>
        <source>(not described)</source>
        <translation>(без описания)</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Next step done:&lt;/b&gt; {step}</source>
        <translation>✓ &lt;b&gt;Следующий шаг выполнен:&lt;/b&gt; {step}</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;{late}:&lt;/b&gt; {step} (due {due})</source>
        <translation>⚠ &lt;b&gt;{late}:&lt;/b&gt; {step} (срок {due})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; {step} (due {due})</source>
        <translation>&lt;b&gt;Следующий шаг:&lt;/b&gt; {step} (срок {due})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; {step} (no due date)</source>
        <translation>&lt;b&gt;Следующий шаг:&lt;/b&gt; {step} (срок не указан)</translation>
    </message>
    <message>
        <source>Change attendees</source>
        <translation>Изменить участников</translation>
    </message>
</context>
<context>
    <name>DossierWindow</name>
    <message>
        <source>Profile and classification</source>
        <translation>Профиль и классификация</translation>
    </message>
    <message>
        <source>Holding and subsidiaries</source>
        <translation>Холдинг и дочерние компании</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Share by product group</source>
        <translation>Доля по товарным группам</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Карта ролей</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Оргструктура</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Команда по клиенту</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>План развития</translation>
    </message>
    <message>
        <source>Value dossier</source>
        <translation>Стоимостное досье</translation>
    </message>
    <message>
        <source>Involvement map</source>
        <translation>Карта участия</translation>
    </message>
    <message>
        <source>Barriers and cooling</source>
        <translation>Барьеры и охлаждение</translation>
    </message>
    <message>
        <source>Loss and win-back</source>
        <translation>Потеря и возврат</translation>
    </message>
    <message>
        <source>KAM workload</source>
        <translation>Нагрузка менеджера</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Отчёты…</translation>
    </message>
    <message>
        <source>The value dossier for the client, the meeting pack, the portfolio report (Ctrl+P)</source>
        <translation>Стоимостное досье для клиента, материалы к встрече, отчёт по портфелю (Ctrl+P)</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>Передать клиента…</translation>
    </message>
    <message>
        <source>Pass the account to a client manager or a project manager, with the hand-over pack</source>
        <translation>Передать клиента клиентскому менеджеру или менеджеру проекта, с пакетом для передачи</translation>
    </message>
    <message>
        <source>Hand over to {name}</source>
        <translation>Передача клиента: {name}</translation>
    </message>
    <message>
        <source>The account was not handed over</source>
        <translation>Клиент не передан</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Send to a colleague</source>
        <extracomment>the last report shown (a summary or a message), left open beside the window</extracomment>
        <translation>Отправка коллеге</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>портфель</translation>
    </message>
    <message>
        <source>KAM Desktop exchange files (*{suffix})</source>
        <translation>Файлы обмена KAM Desktop (*{suffix})</translation>
    </message>
    <message>
        <source>Writing the exchange file…</source>
        <translation>Запись файла обмена…</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation>Файл не записан</translation>
    </message>
    <message>
        <source>locked with the password</source>
        <translation>защищён паролем</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>без пароля</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Готово к отправке</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) written to {path}, {locked}.</source>
        <translation>
            <numerusform>%Ln клиент записан в {path}, {locked}.</numerusform>
            <numerusform>%Ln клиента записаны в {path}, {locked}.</numerusform>
            <numerusform>%Ln клиентов записаны в {path}, {locked}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive from a colleague</source>
        <translation>Получение от коллеги</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>{name} is locked. Its password:</source>
        <translation>Файл {name} защищён. Пароль:</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>Объединение {name}…</translation>
    </message>
    <message>
        <source>Nothing was received</source>
        <translation>Ничего не получено</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Client&apos;s goal</source>
        <translation>Цель клиента</translation>
    </message>
    <message>
        <source>↔ Our goal</source>
        <translation>↔ Наша цель</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>Add a goal to the plan</source>
        <translation>Добавить цель в план развития</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Удалить цель</translation>
    </message>
    <message>
        <source>Delete the selected goal with its actions (Ctrl+Z undoes it)</source>
        <translation>Удалить выбранную цель вместе с её мероприятиями (Ctrl+Z отменит)</translation>
    </message>
    <message>
        <source>What the client wants to achieve, and by when</source>
        <translation>Чего хочет достичь клиент и к какому сроку</translation>
    </message>
    <message>
        <source>Our goal</source>
        <translation>Наша цель</translation>
    </message>
    <message>
        <source>What we will achieve so that the client reaches its goal</source>
        <translation>Чего добьёмся мы, чтобы клиент достиг своей цели</translation>
    </message>
    <message>
        <source>How we will know, e.g. 10 % of mail orders</source>
        <translation>По чему поймём, что цель достигнута, например 10 % почтовых заказов</translation>
    </message>
    <message>
        <source>Strategy: four points</source>
        <translation>Стратегия: четыре направления</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Client&apos;s goal {n}</source>
        <translation>Цель клиента {n}</translation>
    </message>
    <message>
        <source>Our goal that mirrors it</source>
        <translation>Наша зеркальная цель</translation>
    </message>
    <message>
        <source>Budget, {currency}</source>
        <translation>Бюджет, {currency}</translation>
    </message>
</context>
<context>
    <name>GroupCharts</name>
    <message>
        <source>No product group has a potential beyond our revenue in {year}. Estimate the groups in the dossiers&apos; “Share by product group”.</source>
        <extracomment>the groups drawn; the rest are named in the note</extracomment>
        <translation>Ни у одной товарной группы нет потенциала сверх нашей выручки в {year} году. Оцените группы в разделе досье «Доля по товарным группам».</translation>
    </message>
    <message>
        <source>Potential not yet ours in {year}, {unit}</source>
        <translation>Потенциал, ещё не наш, в {year} году, {unit}</translation>
    </message>
    <message>
        <source>Not yet ours</source>
        <translation>Ещё не наше</translation>
    </message>
    <message>
        <source>{group}: the largest purchases not yet ours — {count}</source>
        <translation>{group}: крупнейшие закупки, ещё не наши — {count}</translation>
    </message>
    <message>
        <source>Per product group, what the clients buy of it from others: the group&apos;s potential less our revenue from its deals, summed over the accounts. Click a bar for its accounts, the largest first.</source>
        <translation>По каждой товарной группе — что клиенты покупают у других: потенциал группы за вычетом нашей выручки по её сделкам, в сумме по клиентам. Щёлкните столбец, чтобы увидеть клиентов, начиная с крупнейших.</translation>
    </message>
</context>
<context>
    <name>GroupEstimatesSection</name>
    <message>
        <source>Year</source>
        <extracomment>how many years back the period list goes the widths the group&apos;s and the competitor&apos;s columns start at</extracomment>
        <translation>Год</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Товарная группа</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <source>Main competitor</source>
        <translation>Основной конкурент</translation>
    </message>
    <message>
        <source>Its share</source>
        <translation>Его доля</translation>
    </message>
    <message>
        <source>product group&apos;s potential</source>
        <translation>потенциал товарной группы</translation>
    </message>
    <message>
        <source>What the client buys a year of this group, from us and from others</source>
        <translation>Сколько клиент покупает этой группы за год — у нас и у других</translation>
    </message>
    <message>
        <source>Its share, %</source>
        <translation>Его доля, %</translation>
    </message>
    <message>
        <source>Why they buy from it</source>
        <translation>Почему покупают у него</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Subsidiaries</source>
        <extracomment>the columns of amounts and shares, aligned right none: it reads the group&apos;s figures itself (services.holdings)</extracomment>
        <translation>Дочерние компании</translation>
    </message>
    <message>
        <source>Each company of the group is a client of its own, with its own INN, buyers and contracts. A company joins the group by naming its holding in its profile.</source>
        <translation>Каждая компания группы — отдельный клиент со своим ИНН, закупщиками и договорами. Компания входит в группу, когда в её профиле указан холдинг.</translation>
    </message>
    <message>
        <source>No subsidiaries: a company becomes one when its profile names this one as its holding.</source>
        <translation>Дочерних компаний нет: компания становится дочерней, когда в её профиле эта указана как холдинг.</translation>
    </message>
    <message>
        <source>{year}: the group&apos;s revenue {total}, the company&apos;s own {own}; share of the group&apos;s wallet {share}.</source>
        <translation>{year}: выручка группы {total}, собственная выручка компании {own}; доля в закупках группы {share}.</translation>
    </message>
    <message>
        <source>{companies}: no rate for {currency} in {period}, left out of the group&apos;s figures</source>
        <translation>{companies}: нет курса {currency} за {period}, не учтены в показателях группы</translation>
    </message>
    <message>
        <source>Money of the group in {currency}, converted at the rates of {year}.</source>
        <translation>Суммы группы — в {currency}, по курсам {year} года.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Revenue {year}</source>
        <translation>Выручка {year}</translation>
    </message>
    <message>
        <source>Revenue, {currency}</source>
        <translation>Выручка, {currency}</translation>
    </message>
    <message>
        <source>Potential, {currency}</source>
        <translation>Потенциал, {currency}</translation>
    </message>
    <message>
        <source>Double-click to open the dossier</source>
        <translation>Двойной щелчок открывает досье</translation>
    </message>
    <message>
        <source>Group total</source>
        <translation>Итого по группе</translation>
    </message>
    <message>
        <source>Open the holding&apos;s dossier</source>
        <translation>Открыть досье холдинга</translation>
    </message>
    <message>
        <source>Part of the holding {link}</source>
        <translation>Входит в холдинг {link}</translation>
    </message>
</context>
<context>
    <name>GroupSharePage</name>
    <message>
        <source>Our share of what the client buys of each product group, from the deals of the period against the group&apos;s potential, and who supplies the rest. Double-click a group to estimate it. The groups and their order are set in Preferences → Product groups.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown: none, it reads its own figures</extracomment>
        <translation>Наша доля в закупках клиента по каждой товарной группе — сделки периода против потенциала группы — и кто поставляет остальное. Дважды щёлкните группу, чтобы оценить её. Группы и их порядок задаются в меню Правка → Настройки → Товарные группы.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Product group</source>
        <extracomment>each group&apos;s place in the table: the Preferences&apos; order, then the others</extracomment>
        <translation>Товарная группа</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <source>Our revenue</source>
        <translation>Наша выручка</translation>
    </message>
    <message>
        <source>Our share</source>
        <translation>Наша доля</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Main competitor</source>
        <translation>Основной конкурент</translation>
    </message>
    <message>
        <source>Its share</source>
        <translation>Его доля</translation>
    </message>
    <message>
        <source>Why they buy from it</source>
        <translation>Почему покупают у него</translation>
    </message>
    <message>
        <source>(deals without a group)</source>
        <translation>(сделки без группы)</translation>
    </message>
    <message>
        <source>{group} (not on the list)</source>
        <translation>{group} (нет в списке)</translation>
    </message>
    <message>
        <source>No product group yet: list your groups in Preferences → Product groups, or import deals that name them.</source>
        <translation>Товарных групп пока нет: перечислите свои группы в меню Правка → Настройки → Товарные группы или загрузите сделки, в которых они указаны.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>KAM Desktop guide</source>
        <translation>Руководство KAM Desktop</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over {account}</source>
        <translation>Передача клиента {account}</translation>
    </message>
    <message>
        <source>The client manager or project manager who takes it on</source>
        <translation>Клиентский менеджер или менеджер проекта, который принимает клиента</translation>
    </message>
    <message>
        <source>Why now, what is promised, what to watch</source>
        <translation>Почему сейчас, что обещано, за чем следить</translation>
    </message>
    <message>
        <source>Make the hand-over pack for the receiver</source>
        <translation>Подготовить пакет для принимающего менеджера</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Received from {name}</source>
        <translation>Получено от {name}</translation>
    </message>
    <message>
        <source>Nothing to do: this file, or a newer one from {name}, was received before.</source>
        <translation>Ничего делать не нужно: этот файл или более новый от {name} уже был получен.</translation>
    </message>
    <message>
        <source>Accounts added: {added}, updated: {updated}, deleted: {deleted}. Conflicts: {conflicts}.</source>
        <translation>Клиентов добавлено: {added}, обновлено: {updated}, удалено: {deleted}. Конфликтов: {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased at the sender&apos;s request.</source>
        <translation>
            <numerusform>По запросу отправителя удалён %n человек.</numerusform>
            <numerusform>По запросу отправителя удалены %n человека.</numerusform>
            <numerusform>По запросу отправителя удалены %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sender&apos;s next file: {names}.</source>
        <translation>Ждут следующего файла от отправителя: {names}.</translation>
    </message>
    <message>
        <source>Review the conflicts in File → Exchange conflicts.</source>
        <translation>Просмотрите конфликты: Файл → Конфликты обмена.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (новый)</translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation>{name} (удалён)</translation>
    </message>
</context>
<context>
    <name>InvolvementModel</name>
    <message>
        <source>Total</source>
        <extracomment>stage -&gt; why the service refused it (stage, department) -&gt; its stored share&apos;s record and role at the stage</extracomment>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Not saved yet: the shares of this stage must sum to 100 %</source>
        <translation>Ещё не сохранено: доли этого этапа должны составлять в сумме 100 %</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>ещё не задано</translation>
    </message>
    <message>
        <source>✗ {total} — must be 100 % (not saved)</source>
        <translation>✗ {total} — нужно 100 % (не сохранено)</translation>
    </message>
</context>
<context>
    <name>InvolvementPage</name>
    <message>
        <source>Serving a client is a conveyor: search → need identification → project implementation → service programmes → repeat sale. At every stage each of our departments appears on time with a defined role and a measured share of the work, for example 30-40-30 for marketing, sales and service. The shares of a stage add up to 100 %.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown departments added here that have no share stored yet</extracomment>
        <translation>Работа с клиентом — это конвейер: поиск → выявление потребностей → реализация проекта → сервисные программы → повторная продажа. На каждом этапе каждое наше подразделение появляется вовремя, с понятной ролью и измеримой долей участия, например 30-40-30 для маркетинга, продаж и сервиса. Доли одного этапа в сумме составляют 100 %.</translation>
    </message>
    <message>
        <source>Department, e.g. Marketing</source>
        <translation>Подразделение, например Маркетинг</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Добавить подразделение</translation>
    </message>
    <message>
        <source>Remove department</source>
        <translation>Удалить подразделение</translation>
    </message>
    <message>
        <source>Remove the department of the selected column</source>
        <translation>Удалить подразделение выбранного столбца</translation>
    </message>
    <message>
        <source>Clear stage</source>
        <translation>Очистить этап</translation>
    </message>
    <message>
        <source>Remove all shares of the selected stage</source>
        <translation>Удалить все доли выбранного этапа</translation>
    </message>
    <message>
        <source>Discard unsaved shares</source>
        <translation>Отменить несохранённые доли</translation>
    </message>
    <message>
        <source>Show the stored shares again in every stage that does not sum to 100 %</source>
        <translation>Вернуть сохранённые доли во всех этапах, где сумма не равна 100 %</translation>
    </message>
    <message>
        <source>Functional involvement map</source>
        <translation>Карта функционального участия</translation>
    </message>
    <message>
        <source>Start by adding the departments of ours that work with this client: marketing, sales, service…</source>
        <translation>Начните с наших подразделений, которые работают с этим клиентом: маркетинг, продажи, сервис…</translation>
    </message>
    <message>
        <source>Start from 30–40–30</source>
        <translation>Начать с 30–40–30</translation>
    </message>
    <message>
        <source>Marketing 30 %, sales 40 % and service 30 % at every stage, the split the sources give as an example; then adjust it to this client</source>
        <translation>Маркетинг 30 %, продажи 40 % и сервис 30 % на каждом этапе — пример из методики; затем подстройте под этого клиента</translation>
    </message>
    <message>
        <source>Type the shares of a stage one after another (Tab moves on). The stage is saved as soon as its shares add up to 100 %; until then its row says what is missing and nothing is stored.</source>
        <translation>Вводите доли этапа одну за другой (Tab — к следующей ячейке). Этап сохраняется, как только сумма долей достигает 100 %; до тех пор в его строке написано, чего не хватает, и ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Start the involvement map from 30–40–30</source>
        <translation>Начать карту участия с 30–40–30</translation>
    </message>
    <message>
        <source>Set involvement: {stage}</source>
        <translation>Доли участия: {stage}</translation>
    </message>
    <message>
        <source>Type the name of the department first.</source>
        <translation>Сначала введите название подразделения.</translation>
    </message>
    <message>
        <source>“{name}” is already on the map.</source>
        <translation>«{name}» уже есть на карте.</translation>
    </message>
    <message>
        <source>“{department}” still has a share in: {stages}. Give its shares to other departments first (set them to 0 %).</source>
        <translation>У подразделения «{department}» ещё есть доля в этапах: {stages}. Сначала передайте его доли другим подразделениям (поставьте 0 %).</translation>
    </message>
    <message>
        <source>Remove department “{department}”</source>
        <translation>Удалить подразделение «{department}»</translation>
    </message>
    <message>
        <source>Clear stage: {stage}</source>
        <translation>Очистить этап: {stage}</translation>
    </message>
</context>
<context>
    <name>LadderChart</name>
    <message>
        <source>Climbed</source>
        <translation>Поднялись</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation>Опустились</translation>
    </message>
    <message>
        <source>First assessed</source>
        <translation>Оценены впервые</translation>
    </message>
    <message>
        <source>On {date}</source>
        <translation>На {date}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Where clients put us</source>
        <translation>Где нас видят клиенты</translation>
    </message>
    <message>
        <source>Movement since {date}</source>
        <translation>Движение с {date}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>на {date}</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>Our latest estimate of each account&apos;s rung against where it stood on the chosen date.</source>
        <translation>Наша последняя оценка ступени каждого клиента в сравнении с оценкой на выбранную дату.</translation>
    </message>
    <message>
        <source>Never assessed: {count}.</source>
        <translation>Ни разу не оценены: {count}.</translation>
    </message>
</context>
<context>
    <name>LadderComparison</name>
    <message>
        <source>No assessment yet. Add one to record where the client puts us on the supplier ladder.</source>
        <extracomment>the gap to the client&apos;s view, how to climb, the competitors&apos; question</extracomment>
        <translation>Оценок пока нет. Добавьте оценку, чтобы записать, на какую ступень лестницы поставщика нас ставит клиент.</translation>
    </message>
    <message>
        <source>Our view</source>
        <translation>Наша оценка</translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Оценка клиента</translation>
    </message>
    <message>
        <source>Client&apos;s view (from the answers)</source>
        <translation>Оценка клиента (по ответам)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Latest assessment, {date}</source>
        <translation>Последняя оценка, {date}</translation>
    </message>
    <message>
        <source>Where would the client put our competitors? Record them beside us.</source>
        <translation>Куда клиент поставил бы наших конкурентов? Отметьте их рядом с нами.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>We think we are a {ours}; the client sees a {client}. The client&apos;s view is the one that counts: that gap is what the plan has to close.</source>
        <translation>Мы считаем себя так: «{ours}», а клиент видит нас так: «{client}». Значение имеет мнение клиента: этот разрыв и должен закрыть план.</translation>
    </message>
    <message>
        <source>no earlier assessment to compare with</source>
        <translation>нет более ранней оценки для сравнения</translation>
    </message>
    <message>
        <source>{trend} since {date}</source>
        <translation>{trend} с {date}</translation>
    </message>
    <message numerus="yes">
        <source>▲ up %n rung(s)</source>
        <translation>
            <numerusform>▲ выше на %n ступень</numerusform>
            <numerusform>▲ выше на %n ступени</numerusform>
            <numerusform>▲ выше на %n ступеней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▼ down %n rung(s)</source>
        <translation>
            <numerusform>▼ ниже на %n ступень</numerusform>
            <numerusform>▼ ниже на %n ступени</numerusform>
            <numerusform>▼ ниже на %n ступеней</numerusform>
        </translation>
    </message>
    <message>
        <source>= unchanged</source>
        <translation>= без изменений</translation>
    </message>
</context>
<context>
    <name>LadderPage</name>
    <message>
        <source>Price is all that counts: we are one of many.</source>
        <extracomment>the answer each combo index stands for: don&apos;t know, yes, no</extracomment>
        <translation>Важна только цена: мы — один из многих.</translation>
    </message>
    <message>
        <source>Goods with small extras, still judged on price: one of some.</source>
        <translation>Товар с небольшими дополнениями, но выбирают по цене: один из некоторых.</translation>
    </message>
    <message>
        <source>We help the client reach its goals: one of the chosen.</source>
        <translation>Помогаем клиенту достигать его целей: один из избранных.</translation>
    </message>
    <message>
        <source>An insider whose advice keeps adding to the client&apos;s success.</source>
        <translation>Свой для клиента: наши советы постоянно работают на его успех.</translation>
    </message>
    <message>
        <source>To climb: add extras this client values (delivery, documents, service), so that price is no longer the only thing compared.</source>
        <translation>Чтобы подняться: добавьте то, что ценит именно этот клиент (доставка, документы, сервис), чтобы нас сравнивали не только по цене.</translation>
    </message>
    <message>
        <source>To climb: learn the client&apos;s own goals, tie our offer to them and record the value we add, in money, in the value dossier.</source>
        <translation>Чтобы подняться: узнайте собственные цели клиента, свяжите с ними наше предложение и записывайте добавленную ценность в деньгах в досье ценности.</translation>
    </message>
    <message>
        <source>To climb: bring advice the client acts on — joint plans, our experts in their projects, regular talks with their leaders.</source>
        <translation>Чтобы подняться: давайте советы, которым клиент следует, — совместные планы, наши эксперты в его проектах, регулярные встречи с его руководителями.</translation>
    </message>
    <message>
        <source>At the top: keep the partnership visible, and review the value dossier with the client&apos;s leaders.</source>
        <translation>На вершине: поддерживайте партнёрство на виду и обсуждайте досье ценности с руководителями клиента.</translation>
    </message>
    <message>
        <source>Does the client need us as much as we need them?</source>
        <translation>Нуждается ли клиент в нас так же, как мы в нём?</translation>
    </message>
    <message>
        <source>Does the client sign contracts with our competitors?</source>
        <translation>Заключает ли клиент договоры с нашими конкурентами?</translation>
    </message>
    <message>
        <source>Is the client keen to talk over its business problems with us?</source>
        <translation>Охотно ли клиент обсуждает с нами проблемы своего бизнеса?</translation>
    </message>
    <message>
        <source>Does the client buy from competitors now and then?</source>
        <translation>Покупает ли клиент время от времени у конкурентов?</translation>
    </message>
    <message>
        <source>Does the client exasperate us from time to time?</source>
        <translation>Выводит ли нас клиент время от времени из себя?</translation>
    </message>
    <message>
        <source>Does the client put off visits that were agreed?</source>
        <translation>Переносит ли клиент согласованные визиты?</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Our view</source>
        <translation>Наша оценка</translation>
    </message>
    <message>
        <source>Client&apos;s view</source>
        <translation>Оценка клиента</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>По ответам</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <source>Next steps to climb</source>
        <translation>Как подняться выше</translation>
    </message>
    <message>
        <source>ladder assessment</source>
        <translation>оценку по лестнице поставщика</translation>
    </message>
    <message>
        <source>Diagnostic questions</source>
        <translation>Диагностические вопросы</translation>
    </message>
    <message>
        <source>Answer at least {needed} of the {total} questions to get a suggested rung ({answered} answered so far).</source>
        <translation>Ответьте хотя бы на {needed} из {total} вопросов, чтобы получить расчётную ступень (пока отвечено: {answered}).</translation>
    </message>
    <message>
        <source>Suggested by the answers: {level}</source>
        <translation>Ступень по ответам: {level}</translation>
    </message>
    <message>
        <source>Our view differs. What counts is where the client puts us, so the answers weigh more than our own estimate.</source>
        <translation>Наша оценка другая. Значение имеет то, куда нас ставит клиент, поэтому ответы весят больше нашей собственной оценки.</translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <source>{name} left the company</source>
        <translation>{name} покинул(а) компанию</translation>
    </message>
    <message>
        <source>a company, or one of our accounts</source>
        <translation>компания или один из наших клиентов</translation>
    </message>
    <message>
        <source>Keep them as a contact of that account</source>
        <translation>Сохранить как контакт этого клиента</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата ухода</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Куда перешёл(а)</translation>
    </message>
    <message>
        <source>The contact stays here with their history and leaves the role map. Kept at our other account, they start there with their name, phone and personal notes, linked back to this one.</source>
        <translation>Контакт остаётся здесь со всей историей и исчезает с карты ролей. У другого нашего клиента он начнёт с именем, телефоном и личными заметками и со ссылкой на эту карточку.</translation>
    </message>
</context>
<context>
    <name>LifecycleCharts</name>
    <message>
        <source>No reason recorded</source>
        <extracomment>the moves of the latest quarter named in the note how a quarter is numbered on a Russian axis</extracomment>
        <translation>Причина не записана</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Другие причины</translation>
    </message>
    <message>
        <source>No loss record</source>
        <translation>Нет записи о потере</translation>
    </message>
    <message>
        <source>Why clients were lost</source>
        <translation>Почему клиенты ушли</translation>
    </message>
    <message>
        <source>Why clients fell asleep</source>
        <translation>Почему клиенты «уснули»</translation>
    </message>
    <message>
        <source>Who entered each stage per quarter (in the funnel&apos;s colours), from the dated changes of the stages. A lost client&apos;s cause is that of its loss record; a sleeping client&apos;s reason is the one on the account, else its latest cooling reason.</source>
        <translation>Сколько клиентов перешло в каждую стадию по кварталам (цвета — как в воронке), по датированным сменам стадий. Причина ухода клиента берётся из записи о потере; причина «сна» — из карточки клиента, иначе из последней записи об охлаждении.</translation>
    </message>
    <message>
        <source>Accounts by stage</source>
        <translation>Клиенты по стадиям</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{quarter} кв. {year}</translation>
    </message>
    <message>
        <source>Entered each stage, per quarter</source>
        <translation>Переходы в стадии по кварталам</translation>
    </message>
    <message>
        <source>{quarter}: entered “{stage}”</source>
        <translation>{quarter}: перешли в стадию «{stage}»</translation>
    </message>
    <message>
        <source>No account changed its stage in these quarters</source>
        <translation>В эти кварталы ни один клиент не сменил стадию</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <translation>{roman}</translation>
    </message>
    <message>
        <source>new in “{stage}”</source>
        <translation>новые в стадии «{stage}»</translation>
    </message>
    <message>
        <source>{quarter}: {moves}.</source>
        <translation>{quarter}: {moves}.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>LossCharts</name>
    <message>
        <source>No losses recorded. When a client is lost, the dossier asks why and for whom.</source>
        <translation>Потерь не записано. Когда клиент потерян, досье спрашивает, почему и к кому он ушёл.</translation>
    </message>
    <message>
        <source>By cause</source>
        <translation>По причинам</translation>
    </message>
    <message>
        <source>By competitor who won</source>
        <translation>По конкурентам, к которым ушли</translation>
    </message>
    <message>
        <source>Losses per year, from the loss records of the dossiers. {possible} can be won back; {planned} of them have a win-back plan with open actions.</source>
        <translation>Потери по годам, по записям о потерях в досье. Можно вернуть: {possible}; из них с планом возврата и открытыми мероприятиями: {planned}.</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Потери</translation>
    </message>
    <message>
        <source>Other competitors</source>
        <translation>Другие конкуренты</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <source>The client is lost: {account}</source>
        <translation>Клиент потерян: {account}</translation>
    </message>
    <message>
        <source>Why clients leave teaches more than satisfaction scores. Record why this one left and for whom, while it is fresh.</source>
        <translation>Причины ухода клиентов учат большему, чем оценки удовлетворённости. Запишите, почему и к кому ушёл этот клиент, пока всё свежо в памяти.</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Что произошло, в нескольких словах</translation>
    </message>
    <message>
        <source>Who won the client, if known</source>
        <translation>К кому ушёл клиент, если известно</translation>
    </message>
    <message>
        <source>What we could have done to keep the client</source>
        <translation>Что мы могли сделать, чтобы удержать клиента</translation>
    </message>
    <message>
        <source>The client can be won back</source>
        <translation>Клиента можно вернуть</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Competitor who won</source>
        <translation>Конкурент, к которому ушли</translation>
    </message>
    <message>
        <source>We could have</source>
        <translation>Что мы могли сделать</translation>
    </message>
    <message>
        <source>Record the loss</source>
        <translation>Записать потерю</translation>
    </message>
</context>
<context>
    <name>LossPage</name>
    <message>
        <source>Studying the clients who leave for other suppliers teaches more than satisfaction scores: why they left, for whom, and what we could have done. A client that can be won back gets a plan; Today reminds of its actions.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Изучение клиентов, ушедших к другим поставщикам, учит большему, чем оценки удовлетворённости: почему ушли, к кому и что мы могли сделать. Для клиента, которого можно вернуть, составьте план; «Сегодня» напомнит о его мероприятиях.</translation>
    </message>
    <message>
        <source>Win-back plan</source>
        <translation>План возврата</translation>
    </message>
    <message>
        <source>Select a loss to see its win-back plan.</source>
        <translation>Выберите потерю, чтобы увидеть её план возврата.</translation>
    </message>
    <message>
        <source>Win-back plan for the loss of {date}</source>
        <translation>План возврата после потери {date}</translation>
    </message>
</context>
<context>
    <name>LossSection</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Win back</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>возможен</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>потерю</translation>
    </message>
    <message>
        <source>Record a loss…</source>
        <translation>Записать потерю…</translation>
    </message>
    <message>
        <source>Record why the client left; the account becomes lost</source>
        <translation>Записать, почему ушёл клиент; клиент станет потерянным</translation>
    </message>
    <message>
        <source>Delete loss</source>
        <translation>Удалить потерю</translation>
    </message>
    <message>
        <source>Delete the selected loss with its win-back plan (Ctrl+Z undoes it)</source>
        <translation>Удалить выбранную потерю с её планом возврата (Ctrl+Z отменяет)</translation>
    </message>
    <message>
        <source>Competitor who won</source>
        <translation>Конкурент, к которому ушли</translation>
    </message>
    <message>
        <source>We could have</source>
        <translation>Что мы могли сделать</translation>
    </message>
    <message>
        <source>The client can be won back</source>
        <translation>Клиента можно вернуть</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <extracomment>which dossier section a Today line opens</extracomment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Портфель</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Изменение не внесено</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Открыть клиента</translation>
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
        <source>&amp;Send to a colleague…</source>
        <translation>&amp;Отправить коллеге…</translation>
    </message>
    <message>
        <source>Re&amp;ceive from a colleague…</source>
        <translation>По&amp;лучить от коллеги…</translation>
    </message>
    <message>
        <source>Exchange &amp;conflicts…</source>
        <translation>&amp;Конфликты обмена…</translation>
    </message>
    <message>
        <source>S&amp;ynchronise with the team server…</source>
        <translation>Син&amp;хронизировать с сервером команды…</translation>
    </message>
    <message>
        <source>Load &amp;demo portfolio</source>
        <translation>Загрузить &amp;демо-портфель</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Сделать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>Восс&amp;тановить из резервной копии…</translation>
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
        <source>&amp;Delete account</source>
        <translation>&amp;Удалить клиента</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>&amp;About KAM Desktop</source>
        <translation>&amp;О программе KAM Desktop</translation>
    </message>
    <message>
        <source>The portfolio could not be read</source>
        <translation>Не удалось прочитать портфель</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop the open actions of {account}</source>
        <translation>Отменить открытые мероприятия клиента {account}</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Название клиента:</translation>
    </message>
    <message>
        <source>The account was not created</source>
        <translation>Клиент не создан</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <source>The account was not deleted</source>
        <translation>Клиент не удалён</translation>
    </message>
    <message>
        <source>Account deleted. Ctrl+Z brings it back.</source>
        <translation>Клиент удалён. Ctrl+Z вернёт его.</translation>
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
        <source>The portfolio was not exported</source>
        <translation>Портфель не экспортирован</translation>
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
        <source>No backup was written</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Ничего не восстановлено</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <source>The portfolio is as it was in the backup. The database as it was before is kept as the backup {path}</source>
        <translation>Портфель возвращён к состоянию резервной копии. База данных в прежнем виде сохранена как резервная копия {path}</translation>
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
    <name>OpportunitiesPage</name>
    <message>
        <source>More of what the client already buys from us: volumes, departments, sites.</source>
        <translation>Больше того, что клиент уже покупает у нас: объёмы, подразделения, площадки.</translation>
    </message>
    <message>
        <source>Serve the client better: delivery, support, training, easier ordering.</source>
        <translation>Лучше обслуживать клиента: доставка, поддержка, обучение, удобный заказ.</translation>
    </message>
    <message>
        <source>Something new for the client: products, services or projects it does not buy from us yet.</source>
        <translation>Новое для клиента: продукты, услуги или проекты, которых он у нас ещё не покупает.</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Возможность</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Выгода</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Serves the goal</source>
        <translation>Служит цели</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>возможность</translation>
    </message>
    <message>
        <source>Show opportunities of class</source>
        <translation>Показать возможности класса</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>Priority: the expected benefit for each unit of money spent. The best come first.</source>
        <translation>Приоритет — ожидаемая выгода на единицу затрат. Лучшие возможности — вверху списка.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>Expected benefit</source>
        <translation>Ожидаемая выгода</translation>
    </message>
    <message>
        <source>What we expect to gain from it, in money</source>
        <translation>Сколько мы рассчитываем получить, в деньгах</translation>
    </message>
    <message>
        <source>What it will cost us, in money</source>
        <translation>Во что это нам обойдётся, в деньгах</translation>
    </message>
    <message>
        <source>People needed</source>
        <translation>Нужно людей</translation>
    </message>
    <message>
        <source>Days needed</source>
        <translation>Нужно дней</translation>
    </message>
    <message>
        <source>Serves the plan goal</source>
        <translation>Служит цели плана</translation>
    </message>
    <message>
        <source>The goal of the account development plan this opportunity serves</source>
        <translation>Цель плана развития клиента, которой служит эта возможность</translation>
    </message>
    <message>
        <source>Make a plan goal of it</source>
        <translation>Сделать целью плана</translation>
    </message>
    <message>
        <source>Add a goal to the account plan whose aim is this opportunity, and link them</source>
        <translation>Добавить в план развития цель, которой станет эта возможность, и связать их</translation>
    </message>
    <message>
        <source>Expected benefit, {currency}</source>
        <translation>Ожидаемая выгода, {currency}</translation>
    </message>
    <message>
        <source>Cost, {currency}</source>
        <translation>Затраты, {currency}</translation>
    </message>
    <message>
        <source>Make a plan goal</source>
        <translation>Цель плана из возможности</translation>
    </message>
    <message>
        <source>Our goal will be “{title}”. Which goal of the client does it serve?</source>
        <translation>Нашей целью станет «{title}». Какой цели клиента она служит?</translation>
    </message>
    <message>
        <source>Make a plan goal of an opportunity</source>
        <translation>Сделать возможность целью плана</translation>
    </message>
    <message>
        <source>The client&apos;s goal: {problem}</source>
        <translation>Цель клиента: {problem}</translation>
    </message>
    <message>
        <source>Cannot make a plan goal</source>
        <translation>Не удалось сделать цель плана</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>не оценена</translation>
    </message>
    <message>
        <source>New opportunity {n}</source>
        <translation>Новая возможность {n}</translation>
    </message>
</context>
<context>
    <name>OrgChartPage</name>
    <message>
        <source>Org chart</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Оргструктура</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Fit the chart to the window</source>
        <translation>Вписать схему в окно</translation>
    </message>
    <message>
        <source>Lines from our team: solid — top-to-top (our executive mirrors a leader), dashed — other mirrors. Double-click a card to open it.</source>
        <translation>Линии от нашей команды: сплошная — «первый с первым» (наш топ-менеджер зеркалит лидера), пунктир — остальные зеркальные связи. Двойной щелчок открывает карточку.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <source>Export the chart as a picture</source>
        <translation>Экспортировать схему как изображение</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Экспорт SVG…</translation>
    </message>
    <message>
        <source>Export the chart as a drawing</source>
        <translation>Экспортировать схему как векторный рисунок</translation>
    </message>
    <message>
        <source>Not yet placed in the structure</source>
        <translation>Ещё не размещены в структуре</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <source>No contacts yet: add the client&apos;s people in Contacts.</source>
        <translation>Контактов пока нет: добавьте людей клиента в разделе «Контакты».</translation>
    </message>
    <message>
        <source>Nobody&apos;s manager is known yet: set “Reports to” in Contacts to build the chart.</source>
        <translation>Руководители пока не указаны: заполните поле «Подчиняется» в разделе «Контакты», чтобы построить схему.</translation>
    </message>
    <message>
        <source>Export the org chart</source>
        <translation>Экспорт оргструктуры</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Не удалось записать {path}</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Pages of the report</source>
        <translation>Страницы отчёта</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Вписать страницу по ширине</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>2025 or 2025-Q3</source>
        <translation>2025 или 2025-Q3</translation>
    </message>
    <message>
        <source>Write a year (2025) or a quarter (2025-Q3).</source>
        <translation>Укажите год (2025) или квартал (2025-Q3).</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Product / service</source>
        <translation>Продукт / услуга</translation>
    </message>
    <message>
        <source>Redesign, extra benefits, other quantities or packaging, a new offer.</source>
        <translation>Изменение дизайна, другие выгоды, другие объёмы или фасовка, новое предложение.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Lower to win a bigger share, or higher for a new product.</source>
        <translation>Ниже — чтобы занять бо́льшую долю, или выше — для нового продукта.</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Продвижение</translation>
    </message>
    <message>
        <source>Meetings, presentations and seminars, exhibitions, sponsorship, newsletters.</source>
        <translation>Встречи, презентации и семинары, выставки, спонсорство, информационные рассылки.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место (дистрибуция)</translation>
    </message>
    <message>
        <source>Ways of distribution, quality control, outsourced delivery, new channels.</source>
        <translation>Способы дистрибуции, контроль качества, доставка силами подрядчика, новые каналы сбыта.</translation>
    </message>
    <message>
        <source>no actions</source>
        <translation>нет мероприятий</translation>
    </message>
    <message>
        <source>{done} of {total} ({percent}%)</source>
        <translation>{done} из {total} ({percent} %)</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Select a goal to see its actions.</source>
        <translation>Выберите цель, чтобы увидеть её мероприятия.</translation>
    </message>
    <message>
        <source>Actions for the goal “{goal}”</source>
        <translation>Мероприятия по цели «{goal}»</translation>
    </message>
</context>
<context>
    <name>PlanProgressBar</name>
    <message>
        <source>Plan progress</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <source>Done actions of all goals; dropped actions are not counted</source>
        <translation>Выполненные мероприятия по всем целям; отменённые не учитываются</translation>
    </message>
    <message>
        <source>no actions yet</source>
        <translation>мероприятий пока нет</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Done: {done} of {total}</source>
        <translation>Выполнено: {done} из {total}</translation>
    </message>
    <message>
        <source>⚠ Overdue: {count}</source>
        <translation>⚠ Просрочено: {count}</translation>
    </message>
</context>
<context>
    <name>PlanReviewLine</name>
    <message>
        <source>Record a plan review…</source>
        <translation>Записать разбор плана…</translation>
    </message>
    <message>
        <source>Add a “plan review” entry dated today to the diary, then write there what the team decided</source>
        <translation>Добавить в дневник запись «Разбор плана» с сегодняшней датой и записать там, что решила команда</translation>
    </message>
    <message>
        <source>No reviews while the client is lost or sleeping: its plan is closed, or waits until it is woken.</source>
        <translation>Разбор плана не нужен, пока клиент потерян или спит: план закрыт или ждёт, когда клиента разбудят.</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>раз в %n месяц</numerusform>
            <numerusform>раз в %n месяца</numerusform>
            <numerusform>раз в %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>The written plan was never reviewed with the team ({every} for this category).</source>
        <translation>План ещё ни разу не разбирали с командой (для этой категории — {every}).</translation>
    </message>
    <message>
        <source>Plan last reviewed {last}; next review {due} ({every})</source>
        <translation>Последний разбор плана — {last}; следующий — до {due} ({every})</translation>
    </message>
    <message>
        <source>Record a plan review</source>
        <translation>Записать разбор плана</translation>
    </message>
    <message>
        <source>Plan reviewed with the team</source>
        <translation>План разобран с командой</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Add action</source>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Who on our side does it</source>
        <translation>Кто с нашей стороны отвечает</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <source>The dossier holds every part.</source>
        <extracomment>the shortest search text that is also looked up in the diaries the columns hidden until the user shows them (the header&apos;s context menu): the others fit a 1366-pixel-wide screen the roles the model answers: the view asks each painted cell for many more room beside a cell&apos;s text, and beside a header&apos;s title (its sort arrow)</extracomment>
        <translation>В досье есть всё необходимое.</translation>
    </message>
    <message>
        <source>Missing: {parts}</source>
        <translation>Не хватает: {parts}</translation>
    </message>
    <message>
        <source>Deals</source>
        <extracomment>currency -&gt; its worth in the main currency: money columns sort by it (account id, column) -&gt; the text shown the searches typed on from the rows meeting the other criteria, each with the rows it found, each narrowing the one before (PortfolioModel._searched) (key, title, the text shown, the sort key) of each column</extracomment>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Last deal</source>
        <translation>Последняя сделка</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Средняя сделка</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Холдинг</translation>
    </message>
    <message>
        <source>Group: {amount}</source>
        <extracomment>how far a subsidiary&apos;s name is moved in, per level below its holding each holding&apos;s group revenue, while grouping</extracomment>
        <translation>Группа: {amount}</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Search by account, INN, contact or diary text (Ctrl+F)</source>
        <extracomment>the columns whose text may be longer than the column: a tooltip shows it whole</extracomment>
        <translation>Поиск по клиенту, ИНН, контакту или тексту дневника (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все стадии</translation>
    </message>
    <message>
        <source>All ABC classes</source>
        <translation>Все классы ABC</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Group by holding</source>
        <translation>По холдингам</translation>
    </message>
    <message>
        <source>Each holding&apos;s companies under it, with the group&apos;s revenue in the Holding column</source>
        <translation>Компании каждого холдинга под ним, с выручкой группы в столбце «Холдинг»</translation>
    </message>
    <message numerus="yes">
        <source>ABC: %n account(s) in {currency} have no rate for {year} — not compared: {names}.</source>
        <translation>
            <numerusform>ABC: %n клиент в {currency} без курса за {year} год — не сравнивается: {names}.</numerusform>
            <numerusform>ABC: %n клиента в {currency} без курса за {year} год — не сравниваются: {names}.</numerusform>
            <numerusform>ABC: %n клиентов в {currency} без курса за {year} год — не сравниваются: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the rates in Preferences, on the Currencies page.</source>
        <translation>Курсы вносятся в настройках, на странице «Валюты».</translation>
    </message>
</context>
<context>
    <name>PotentialSection</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <source>purchase potential</source>
        <translation>потенциал закупок</translation>
    </message>
    <message>
        <source>What the client buys a year of the kinds of goods we sell, from us and from others</source>
        <translation>Сколько товаров нашего профиля клиент закупает за год — у нас и у других поставщиков</translation>
    </message>
    <message>
        <source>A potential for {year} is already recorded.</source>
        <translation>Потенциал за {year} год уже записан.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>an address with something on both sides of one &quot;@&quot; and a dot in its domain</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Who the reports are from</source>
        <extracomment>option name -&gt; its field, for every numeric preference option name -&gt; its field, for every free text (a file&apos;s is read-only)</extracomment>
        <translation>От кого отчёты</translation>
    </message>
    <message>
        <source>Plan reviews and hand-overs</source>
        <translation>Разбор планов и передача клиентов</translation>
    </message>
    <message>
        <source>The value dossier shows them on its cover and at the foot of every page; the internal reports name you as their author.</source>
        <translation>Стоимостное досье показывает их на обложке и внизу каждой страницы; внутренние отчёты называют вас автором.</translation>
    </message>
    <message>
        <source>Plans and hand-overs</source>
        <translation>Планы и передача</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Товарные группы</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Сервер команды</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Валюты</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>This file cannot be used as the logo: it is not a PNG, SVG or JPEG picture that can be read.</source>
        <translation>Этот файл нельзя взять логотипом: это не читаемое изображение PNG, SVG или JPEG.</translation>
    </message>
    <message>
        <source>The text is too long or holds a control character.</source>
        <translation>Текст слишком длинный или содержит управляющий символ.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>The system keyring did not keep the password: it will be asked at each synchronisation.</source>
        <translation>Системное хранилище паролей не сохранило пароль: он будет запрашиваться при каждой синхронизации.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <extracomment>rows shown in the preview a bad row&apos;s tint: translucent, so it reads on light and dark backgrounds</extracomment>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Столбец {number}</translation>
    </message>
</context>
<context>
    <name>ProductGroupsPage</name>
    <message>
        <source>The groups of goods you sell, in the order the share-by-group table, the dashboard&apos;s filter and the whitespace view show them. Double-click a group to rename it. Deals keep the group the ERP gave them: a group not on the list is shown under its own name.</source>
        <translation>Группы товаров, которые вы продаёте, — в том порядке, в каком их показывают таблица долей по группам, фильтр панели показателей и белые пятна. Дважды щёлкните группу, чтобы переименовать её. Сделки сохраняют группу, указанную в ERP: группа, которой нет в списке, показывается под своим названием.</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>Товарные группы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n group(s) named in the deals</source>
        <translation>
            <numerusform>Добавить %n группу, указанную в сделках</numerusform>
            <numerusform>Добавить %n группы, указанные в сделках</numerusform>
            <numerusform>Добавить %n групп, указанных в сделках</numerusform>
        </translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>The group “{name}…” is too long: at most {limit} characters.</source>
        <translation>Название группы «{name}…» слишком длинное: не больше {limit} знаков.</translation>
    </message>
    <message>
        <source>The group “{name}” is on the list twice.</source>
        <translation>Группа «{name}» указана в списке дважды.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Company</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>10 or 12 digits</source>
        <translation>10 или 12 цифр</translation>
    </message>
    <message>
        <source>Holding / parent company</source>
        <translation>Холдинг / головная компания</translation>
    </message>
    <message>
        <source>The group this company belongs to; type to search</source>
        <translation>Группа, в которую входит компания; начните вводить название для поиска</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Численность персонала</translation>
    </message>
    <message>
        <source>How many people the company employs</source>
        <translation>Сколько человек работает в компании</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Площадок</translation>
    </message>
    <message>
        <source>Plants, warehouses and branches: each may have its own buyers</source>
        <translation>Заводы, склады и филиалы: у каждого могут быть свои закупщики</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Responsible KAM</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Классификация</translation>
    </message>
    <message>
        <source>A key account that buys on price alone: the sources doubt such a client&apos;s value to us. Check the category, or give it reasons to stay beyond price (the value dossier, switching barriers).</source>
        <translation>Ключевой клиент, который покупает только по цене: ценность такого клиента сомнительна. Проверьте категорию или дайте ему причины остаться помимо цены (стоимостное досье, барьеры переключения).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Why the client is sleeping or lost — needed for those stages</source>
        <translation>Почему клиент «спит» или потерян — обязательно для этих стадий</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Purchase potential by year</source>
        <translation>Потенциал закупок по годам</translation>
    </message>
    <message>
        <source>Share of wallet: our revenue as a part of what the client buys of our kinds of goods. Each period is set against the potential of its own year — the latest estimate up to then — and a quarter against a quarter of it.</source>
        <translation>Доля в закупках — наша выручка как часть всех закупок клиента в нашей товарной группе. Каждый период сравнивается с потенциалом своего года — последней оценкой на то время, — а квартал с четвертью этого потенциала.</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История стадий</translation>
    </message>
    <message>
        <source>Give the client&apos;s purchase potential by year to see the share of wallet.</source>
        <translation>Укажите потенциал закупок клиента по годам, чтобы увидеть долю в закупках.</translation>
    </message>
    <message>
        <source>No potential is recorded for {periods} or before: give the potential of those years to see their share of wallet.</source>
        <translation>Потенциал за {periods} год и раньше не записан: укажите потенциал этих лет, чтобы увидеть их долю в закупках.</translation>
    </message>
    <message>
        <source>Our revenue and share of wallet, {currency}</source>
        <translation>Наша выручка и доля в закупках, {currency}</translation>
    </message>
    <message>
        <source>⚠ Our revenue exceeds the client&apos;s potential in {periods}: the potential is probably too low.</source>
        <translation>⚠ Наша выручка превышает потенциал клиента за {periods}: вероятно, потенциал занижен.</translation>
    </message>
    <message>
        <source>Edit account profile</source>
        <translation>Изменение профиля клиента</translation>
    </message>
</context>
<context>
    <name>PurchaseFigures</name>
    <message>
        <source>Purchases</source>
        <translation>Покупки клиента</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Всего сделок</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Средняя сделка</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>Частота покупок</translation>
    </message>
    <message>
        <source>Deals in the last 12 months</source>
        <translation>Сделок за 12 месяцев</translation>
    </message>
    <message>
        <source>Since the last deal</source>
        <translation>С последней сделки</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Повторные покупки</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), {total} in all</source>
        <translation>
            <numerusform>%n сделка, всего {total}</numerusform>
            <numerusform>%n сделки, всего {total}</numerusform>
            <numerusform>%n сделок, всего {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s) on average</source>
        <translation>
            <numerusform>в среднем раз в %n день</numerusform>
            <numerusform>в среднем раз в %n дня</numerusform>
            <numerusform>в среднем раз в %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{now} (the 12 months before: {before}, {change})</source>
        <translation>{now} (за 12 месяцев до того: {before}, {change})</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), on {date}</source>
        <translation>
            <numerusform>%n день, {date}</numerusform>
            <numerusform>%n дня, {date}</numerusform>
            <numerusform>%n дней, {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} of the years with purchases had two or more</source>
        <translation>в {share} лет с покупками их было две и больше</translation>
    </message>
</context>
<context>
    <name>PurchasesChart</name>
    <message>
        <source>no deals</source>
        <translation>без сделок</translation>
    </message>
    <message>
        <source>over {days}</source>
        <translation>больше {days}</translation>
    </message>
    <message>
        <source>No deals yet: import them from the ERP (File → Import deals from the ERP…) or add them in a dossier</source>
        <translation>Сделок пока нет: загрузите их из учётной системы (Файл → Загрузить сделки из учётной системы…) или внесите в досье</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Days since the last deal</source>
        <translation>Дней с последней сделки</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>No deals in the last 12 months.</source>
        <translation>За последние 12 месяцев сделок нет.</translation>
    </message>
    <message>
        <source>Last 12 months: {deals} deals, average deal {average}; repeat purchases: {repeat} of the accounts that bought ({repeaters} of {buyers}) bought twice or more.</source>
        <translation>За последние 12 месяцев сделок: {deals}, средняя сделка {average}; повторные покупки: {repeat} купивших клиентов ({repeaters} из {buyers}) купили дважды и больше.</translation>
    </message>
    <message>
        <source>A client buys every {days} days on average.</source>
        <translation>В среднем клиент покупает раз в {days} дн.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>Main currency</source>
        <translation>Основная валюта</translation>
    </message>
    <message>
        <source>ABC classes, the dashboard&apos;s money charts and the portfolio report compare accounts in the main currency. An account kept in another currency is converted at the rate of the period; without a rate it is left out of the comparison and named in a note.</source>
        <translation>Классы ABC, денежные диаграммы сводки и отчёт по портфелю сравнивают клиентов в основной валюте. Суммы клиента в другой валюте пересчитываются по курсу периода; без курса клиент не сравнивается и называется в примечании.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Period or date</source>
        <translation>Период или дата</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>In</source>
        <translation>В валюте</translation>
    </message>
    <message>
        <source>2025, 2025-Q3 or 2025-03-14</source>
        <translation>2025, 2025-Q3 или 2025-03-14</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Import central bank rates…</source>
        <translation>Загрузить курсы ЦБ…</translation>
    </message>
    <message>
        <source>A rate is how many units of the main currency one unit of the currency was worth: for a year, a quarter or a day. A year without its own rate takes the mean of its days&apos; rates, then of its quarters&apos;; a rate never carries over from another year. The central bank&apos;s file (cbr.ru, &quot;Dynamics of the official rate&quot;, saved as CSV or XLSX) gives rates in roubles.</source>
        <translation>Курс — сколько единиц основной валюты стоила одна единица валюты: за год, квартал или день. Год без своего курса берёт среднее курсов своих дней, затем кварталов; курс другого года не переносится. Файл ЦБ (cbr.ru, «Динамика официального курса», сохранённый как CSV или XLSX) даёт курсы в рублях.</translation>
    </message>
    <message>
        <source>Write the main currency as its three-letter code, such as RUB.</source>
        <translation>Укажите основную валюту трёхбуквенным кодом, например RUB.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} — не число.</translation>
    </message>
    <message>
        <source>Import central bank rates</source>
        <translation>Загрузка курсов ЦБ</translation>
    </message>
    <message>
        <source>The file does not say which currency its rates are of. Currency:</source>
        <translation>В файле не указано, к какой валюте относятся курсы. Валюта:</translation>
    </message>
    <message>
        <source>{read} rates read, {changed} new or changed (in {base}).</source>
        <translation>Прочитано курсов: {read}, новых или изменённых: {changed} (в {base}).</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>Add</source>
        <extracomment>the narrowest a record&apos;s editor gets, beside its table the rows a table&apos;s columns are fitted to</extracomment>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add a new record</source>
        <translation>Добавить новую запись</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected record (Ctrl+Z undoes it)</source>
        <translation>Удалить выбранную запись (Ctrl+Z отменит удаление)</translation>
    </message>
    <message>
        <source>Nothing here yet. Press “Add” to create the first one.</source>
        <translation>Здесь пока пусто. Нажмите «Добавить», чтобы создать первую запись.</translation>
    </message>
    <message>
        <source>Select a line to see and edit it.</source>
        <translation>Выберите строку, чтобы посмотреть и изменить её.</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Изменить {noun}</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>Добавить {noun}</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>Удалить {noun}</translation>
    </message>
</context>
<context>
    <name>RelationshipCharts</name>
    <message>
        <source>No client contacts on record</source>
        <translation>Нет ни одного контакта</translation>
    </message>
    <message>
        <source>No leader identified</source>
        <translation>Лидер не выявлен</translation>
    </message>
    <message>
        <source>Only butlers and assistants known</source>
        <translation>Известны только дворецкие и помощники</translation>
    </message>
    <message>
        <source>An opponent among leaders or specifiers</source>
        <translation>Противник среди лидеров или спецификаторов</translation>
    </message>
    <message>
        <source>A leader nobody on our side mirrors</source>
        <translation>У лидера нет «зеркала» с нашей стороны</translation>
    </message>
    <message>
        <source>No top-to-top with a leader</source>
        <translation>Нет связи «первый с первым» с лидером</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>A leader is identified at {count} of {total} accounts. Without a leader we sell to people who do not decide; where only butlers and assistants are known, ask them, or our own team, for other contacts.</source>
        <translation>Лидер выявлен у {count} из {total} клиентов. Без лидера мы продаём тем, кто не решает; где известны только дворецкие и помощники, просите у них — или у своей команды — выхода на других людей.</translation>
    </message>
    <message>
        <source>{department} at the stage “{stage}”</source>
        <translation>{department} на этапе «{stage}»</translation>
    </message>
    <message>
        <source>n = {count}</source>
        <translation>n = {count}</translation>
    </message>
    <message>
        <source>Average share of the work at the stage</source>
        <translation>Средняя доля участия на этапе</translation>
    </message>
    <message>
        <source>Each stage of serving a client, with the average share of each of our departments over the accounts whose map has that stage (n). Click a segment for the accounts where the department takes part.</source>
        <translation>Этапы обслуживания клиента и средняя доля участия каждого нашего подразделения по клиентам, у которых этот этап заполнен (n). Щёлкните отрезок, чтобы увидеть клиентов, где подразделение участвует.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reports</source>
        <extracomment>why there is no report (a service&apos;s message, or the system&apos;s)</extracomment>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>the built previews; removed on closing, and at the latest when the dialog is garbage or the program ends, so no internal report stays behind in /tmp the built report on show, open for the preview and the printer</extracomment>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Value dossier (for the client)</source>
        <translation>Стоимостное досье (для клиента)</translation>
    </message>
    <message>
        <source>Meeting pack (internal)</source>
        <translation>Материалы к встрече (внутренний)</translation>
    </message>
    <message>
        <source>Account plan (internal)</source>
        <translation>План развития клиента (внутренний)</translation>
    </message>
    <message>
        <source>Hand-over pack (internal)</source>
        <translation>Пакет для передачи клиента (внутренний)</translation>
    </message>
    <message>
        <source>Portfolio report (internal)</source>
        <translation>Отчёт по портфелю (внутренний)</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>From: {issuer}. Set in Edit → Preferences.</source>
        <translation>От кого: {issuer}. Меняется в меню Правка → Настройки.</translation>
    </message>
    <message>
        <source>The reports do not say who they are from: set your company and your name in Edit → Preferences.</source>
        <translation>В отчётах не указано, от кого они: задайте свою компанию и имя в меню Правка → Настройки.</translation>
    </message>
    <message>
        <source>Building the report</source>
        <translation>Отчёт формируется</translation>
    </message>
    <message>
        <source>Open after saving</source>
        <translation>Открыть после сохранения</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Value dossier</source>
        <translation>Стоимостное досье</translation>
    </message>
    <message>
        <source>Only a period</source>
        <translation>Только за период</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Client departments</source>
        <translation>Подразделения клиента</translation>
    </message>
    <message>
        <source>No value entry names a department yet.</source>
        <translation>Ни в одной записи о ценности пока не указано подразделение.</translation>
    </message>
    <message>
        <source>Show our cost</source>
        <translation>Показывать наши затраты</translation>
    </message>
    <message>
        <source>Leave it off when the client should see only the value they received</source>
        <translation>Отключите, если клиент должен видеть только полученную им ценность</translation>
    </message>
    <message>
        <source>For the client: personal notes, the role map, stances, strategy, opportunities and the diary never appear in it.</source>
        <translation>Для клиента: личные заметки, карта ролей, отношение к нам, стратегия, возможности и дневник в него никогда не попадают.</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Материалы к встрече</translation>
    </message>
    <message>
        <source>Who will be at the meeting</source>
        <translation>Кто будет на встрече</translation>
    </message>
    <message>
        <source>Internal and confidential: it holds the personal notes of the people you tick. Do not hand it to the client.</source>
        <translation>Внутренний конфиденциальный документ: в нём личные заметки об отмеченных людях. Не передавайте его клиенту.</translation>
    </message>
    <message>
        <source>Account plan</source>
        <translation>План развития клиента</translation>
    </message>
    <message>
        <source>The plan in writing, for the team: the situation, the goals with their strategy, resources and actions, the risks. Internal; it holds no personal notes.</source>
        <translation>Письменный план для команды: ситуация, цели со стратегией, ресурсами и действиями, риски. Для внутреннего использования; личных сведений не содержит.</translation>
    </message>
    <message>
        <source>Hand-over pack</source>
        <translation>Пакет для передачи клиента</translation>
    </message>
    <message>
        <source>Who takes the account on</source>
        <translation>Кто принимает клиента</translation>
    </message>
    <message>
        <source>Taken on by</source>
        <translation>Принимает</translation>
    </message>
    <message>
        <source>Internal and confidential. The contacts&apos; personal notes are in it only when the receiver is on the account team.</source>
        <translation>Внутренний и конфиденциальный. Личные сведения о контактах попадают в него, только если принимающий входит в команду по клиенту.</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Отчёт по портфелю</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Отчёт формируется…</translation>
    </message>
    <message>
        <source>The report cannot be built: {problem}</source>
        <translation>Не удалось сформировать отчёт: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n страница.</numerusform>
            <numerusform>%n страницы.</numerusform>
            <numerusform>%n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>На принтер отправлена %n страница.</numerusform>
            <numerusform>На принтер отправлены %n страницы.</numerusform>
            <numerusform>На принтер отправлено %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer {printer} could not print the report.</source>
        <translation>Принтер {printer} не смог напечатать отчёт.</translation>
    </message>
    <message>
        <source>{account} — value dossier</source>
        <translation>{account} — стоимостное досье</translation>
    </message>
    <message>
        <source>{account} — meeting pack</source>
        <translation>{account} — материалы к встрече</translation>
    </message>
    <message>
        <source>{account} — account plan</source>
        <translation>{account} — план развития</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation>Не удалось записать {path}: {problem}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <source>Backups are written at start-up before the database is updated, before an exchange, before a restore, and when you ask for one.</source>
        <translation>Резервные копии создаются при запуске перед обновлением базы данных, перед обменом, перед восстановлением и по вашей команде.</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Резервных копий этой базы данных пока нет.</translation>
    </message>
    <message>
        <source>The portfolio goes back to how it was on {when}: what was written since then leaves it. The database as it is now is kept as a backup first, so this too can be undone by restoring that backup. People erased since then stay erased. The undo history is cleared.</source>
        <translation>Портфель вернётся к состоянию на {when}: всё, что записано позже, из него уйдёт. Сначала база данных в нынешнем виде сохраняется как резервная копия, так что и это можно отменить, восстановив ту копию. Люди, чьи данные стёрты после этой даты, останутся стёртыми. История отмены очищается.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>before an update of the database</source>
        <translation>перед обновлением базы данных</translation>
    </message>
    <message>
        <source>before an exchange</source>
        <translation>перед обменом</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
</context>
<context>
    <name>RevenueCharts</name>
    <message>
        <source>No account has revenue in {year}</source>
        <translation>Ни у одного клиента нет выручки за {year} г.</translation>
    </message>
    <message>
        <source>{share} of revenue</source>
        <translation>{share} выручки</translation>
    </message>
    <message>
        <source>Accounts with revenue, largest first</source>
        <translation>Клиенты с выручкой, от крупных к мелким</translation>
    </message>
    <message>
        <source>Cumulative share of revenue {year}</source>
        <translation>Накопленная доля выручки за {year} г.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Class {abc}</source>
        <translation>Класс {abc}</translation>
    </message>
    <message>
        <source>{abc}: {count}, {share} of revenue</source>
        <translation>{abc}: {count}, {share} выручки</translation>
    </message>
    <message>
        <source>D (no revenue in {year}): {count}</source>
        <translation>D (нет выручки за {year} г.): {count}</translation>
    </message>
    <message>
        <source>No account has a potential of {group} in {year}</source>
        <translation>Ни у одного клиента нет потенциала по группе «{group}» в {year} году</translation>
    </message>
    <message>
        <source>Annual purchase potential, {unit}</source>
        <translation>Годовой потенциал закупок, {unit}</translation>
    </message>
    <message>
        <source>Annual purchases of {group}, {unit}</source>
        <translation>Годовые закупки группы «{group}», {unit}</translation>
    </message>
    <message>
        <source>(logarithmic scale)</source>
        <translation>(логарифмическая шкала)</translation>
    </message>
    <message>
        <source>Our share of wallet in {year}</source>
        <translation>Наша доля в закупках клиента, {year} г.</translation>
    </message>
    <message>
        <source>Our share of {group} in {year}</source>
        <translation>Наша доля в группе «{group}» в {year} году</translation>
    </message>
    <message>
        <source>where to grow</source>
        <translation>где расти</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Bubbles under the pointer — {count}</source>
        <translation>Кружки под указателем — {count}</translation>
    </message>
    <message>
        <source>Where to grow: a large potential, a small share — {count}</source>
        <translation>Где расти: большой потенциал, малая доля — {count}</translation>
    </message>
    <message>
        <source>Bubble size: revenue in {year}. Dotted lines: the portfolio&apos;s medians; the shaded corner holds the accounts with a large potential and a small share.</source>
        <translation>Размер кружка — выручка за {year} г. Пунктир — медианы портфеля; в закрашенном углу клиенты с большим потенциалом и малой долей в закупках.</translation>
    </message>
    <message>
        <source>Not shown (no potential or no revenue): {count}.</source>
        <translation>Не показаны (нет потенциала или выручки): {count}.</translation>
    </message>
</context>
<context>
    <name>RevenueSection</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Change of share</source>
        <translation>Изменение доли</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>выручку</translation>
    </message>
    <message>
        <source>2025 or 2025-Q3</source>
        <translation>2025 или 2025-Q3</translation>
    </message>
    <message>
        <source>Unknown: no purchase potential is recorded for {year} or a year before.</source>
        <translation>Неизвестна: потенциал закупок за {year} год и более ранние годы не записан.</translation>
    </message>
    <message>
        <source>Unknown: the potential in force is zero.</source>
        <translation>Неизвестна: действующий потенциал равен нулю.</translation>
    </message>
    <message>
        <source>Revenue for {period} is already recorded.</source>
        <translation>Выручка за {period} уже внесена.</translation>
    </message>
</context>
<context>
    <name>RoleMapPage</name>
    <message>
        <source>Interest {interest}, involvement {involvement}</source>
        <extracomment>our people mirroring the contact (domain.rolemap.Mirror), executives first the line to the contact&apos;s point; the scene shows it beneath every card</extracomment>
        <translation>Заинтересованность {interest}, вовлечённость {involvement}</translation>
    </message>
    <message>
        <source>Mirrored by: {names}</source>
        <translation>Кто зеркалит: {names}</translation>
    </message>
    <message>
        <source>Last met: {days}</source>
        <translation>Последний контакт: {days}</translation>
    </message>
    <message>
        <source>Involvement in the decision →</source>
        <extracomment>where the axes&apos; titles are written: the cards keep clear of them and of the scale&apos;s numbers, so a card never stands left of the map or below it</extracomment>
        <translation>Вовлечённость в решение →</translation>
    </message>
    <message>
        <source>Interest in the purchase →</source>
        <translation>Заинтересованность в покупке →</translation>
    </message>
    <message>
        <source>{name}: new on the map ({role})</source>
        <translation>{name}: новый на карте ({role})</translation>
    </message>
    <message>
        <source>{name}: no longer on the map (was {role})</source>
        <translation>{name}: больше нет на карте (был(а): {role})</translation>
    </message>
    <message>
        <source>{name}: {before} → {after}</source>
        <translation>{name}: {before} → {after}</translation>
    </message>
    <message>
        <source>{name}: still {role}</source>
        <translation>{name}: по-прежнему {role}</translation>
    </message>
    <message>
        <source>Role map</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Карта ролей</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Вписать карту в окно</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <source>Export the map as a picture</source>
        <translation>Сохранить карту как изображение</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Экспорт SVG…</translation>
    </message>
    <message>
        <source>Export the map as a drawing</source>
        <translation>Сохранить карту как векторный рисунок</translation>
    </message>
    <message>
        <source>Whole group</source>
        <translation>Вся группа</translation>
    </message>
    <message>
        <source>Show the people of the holding and all its companies; theirs are edited in their own dossiers</source>
        <translation>Показать людей холдинга и всех его компаний; их контакты правятся в досье своих компаний</translation>
    </message>
    <message>
        <source>Drag a card, or select it and use the arrow keys, to change interest and involvement.</source>
        <extracomment>the contacts of the group&apos;s other companies on the map (read-only)</extracomment>
        <translation>Перетащите карточку или выделите её и нажимайте стрелки, чтобы изменить заинтересованность и вовлечённость.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Who changed role</source>
        <translation>Кто сменил роль</translation>
    </message>
    <message>
        <source>Arrows run from the earlier position to the later one; highlighted arrows mark a change of role.</source>
        <translation>Стрелки ведут от прежнего положения к новому; выделенные стрелки означают смену роли.</translation>
    </message>
    <message>
        <source>No leader identified: find out who decides and whose targets the purchase touches.</source>
        <translation>Лидер не определён: выясните, кто принимает решение и чьи показатели затрагивает покупка.</translation>
    </message>
    <message>
        <source>Every known contact is an assistant or a butler: ask them, with respect, for access to the people who decide.</source>
        <translation>Все известные контакты — помощники или дворецкие: тактично просите их о выходе на тех, кто принимает решение.</translation>
    </message>
    <message>
        <source>An opponent holds a key role: {names}. Learn their objections and who can win them over.</source>
        <translation>Противник в ключевой роли: {names}. Выясните его возражения и кто может склонить его на нашу сторону.</translation>
    </message>
    <message>
        <source>Nobody from our team has met the leader yet: {names}.</source>
        <translation>Никто из нашей команды ещё не встречался с лидером: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>No contact with the leader for %n day(s): {names}.</source>
        <translation>
            <numerusform>С лидером не было контакта %n день: {names}.</numerusform>
            <numerusform>С лидером не было контакта %n дня: {names}.</numerusform>
            <numerusform>С лидером не было контакта %n дней: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No top-to-top with the leader: none of our executives mirrors {names}.</source>
        <translation>Нет связи «первый с первым»: никто из наших топ-менеджеров не зеркалит {names}.</translation>
    </message>
    <message>
        <source>Nobody on our side mirrors: {names}.</source>
        <translation>Нет зеркального контакта с нашей стороны: {names}.</translation>
    </message>
    <message>
        <source>Nothing to warn about.</source>
        <translation>Предупреждений нет.</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Контакт не выбран</translation>
    </message>
    <message>
        <source>Select a card to see what its role means and how to work with the person.</source>
        <translation>Выберите карточку, чтобы увидеть, что означает роль и как работать с этим человеком.</translation>
    </message>
    <message>
        <source>Nobody changed role.</source>
        <translation>Никто не сменил роль.</translation>
    </message>
    <message>
        <source>Save a snapshot of the role map</source>
        <translation>Сохранить снимок карты ролей</translation>
    </message>
    <message>
        <source>Delete a snapshot of the role map</source>
        <translation>Удалить снимок карты ролей</translation>
    </message>
    <message>
        <source>Move {name} on the role map</source>
        <translation>Переместить {name} на карте ролей</translation>
    </message>
    <message>
        <source>Export the role map</source>
        <translation>Экспорт карты ролей</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Не удалось записать {path}</translation>
    </message>
</context>
<context>
    <name>SceneExport</name>
    <message>
        <source>PNG pictures (*.png)</source>
        <extracomment>fitting never shrinks the drawing below this: smaller, a card&apos;s text cannot be read, and a large org chart scrolls instead</extracomment>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ScopeSwitch</name>
    <message>
        <source>My accounts ({count})</source>
        <translation>Мои клиенты ({count})</translation>
    </message>
    <message>
        <source>Everyone&apos;s ({count})</source>
        <translation>Все ({count})</translation>
    </message>
    <message>
        <source>The accounts {name} owns or whose account team they are on</source>
        <translation>Клиенты, за которых отвечает {name} или в команде по которым состоит</translation>
    </message>
    <message>
        <source>Give your name in Preferences to see your accounts only</source>
        <translation>Укажите своё имя в настройках, чтобы видеть только своих клиентов</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to a colleague</source>
        <translation>Отправка коллеге</translation>
    </message>
    <message numerus="yes">
        <source>The whole portfolio (%n account(s))</source>
        <translation>
            <numerusform>Весь портфель (%n клиент)</numerusform>
            <numerusform>Весь портфель (%n клиента)</numerusform>
            <numerusform>Весь портфель (%n клиентов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only these accounts:</source>
        <translation>Только эти клиенты:</translation>
    </message>
    <message>
        <source>Accounts to send</source>
        <translation>Клиенты для отправки</translation>
    </message>
    <message>
        <source>Include personal questionnaires</source>
        <translation>Включить личные анкеты</translation>
    </message>
    <message>
        <source>The contacts&apos; confidential questionnaires go only when ticked. Without them your colleague keeps the questionnaires they have.</source>
        <translation>Конфиденциальные анкеты контактов передаются, только если отмечено. Без них у коллеги остаются те анкеты, что у него уже есть.</translation>
    </message>
    <message>
        <source>Lock the file with a password</source>
        <translation>Защитить файл паролем</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Предложить парольную фразу</translation>
    </message>
    <message>
        <source>The file holds personal notes about the client&apos;s people. Send it locked, and tell the password another way (by phone, not in the same e-mail).</source>
        <translation>В файле есть личные заметки о людях клиента. Отправляйте его защищённым, а пароль сообщайте иначе — по телефону, а не в том же письме.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Tick the accounts to send.</source>
        <translation>Отметьте клиентов для отправки.</translation>
    </message>
    <message>
        <source>Type a password, or untick the lock.</source>
        <translation>Введите пароль или снимите защиту.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The password is now {passphrase}. Note it down and tell it to your colleague by phone.</source>
        <translation>Теперь пароль — {passphrase}. Запишите его и сообщите коллеге по телефону.</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Save a snapshot of the role map</source>
        <translation>Сохранить снимок карты ролей</translation>
    </message>
    <message>
        <source>For example: after the meeting with the technical director</source>
        <translation>Например: после встречи с техническим директором</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>SnapshotRow</name>
    <message>
        <source>Save snapshot…</source>
        <translation>Сохранить снимок…</translation>
    </message>
    <message>
        <source>Keep the map as of a date, with a note</source>
        <translation>Сохранить карту на дату, с примечанием</translation>
    </message>
    <message>
        <source>Snapshot to compare</source>
        <translation>Снимок для сравнения</translation>
    </message>
    <message>
        <source>Compare it with</source>
        <translation>С чем сравнить</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Удалить снимок</translation>
    </message>
    <message>
        <source>Delete the snapshot chosen for comparison</source>
        <translation>Удалить снимок, выбранный для сравнения</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Сравнить:</translation>
    </message>
    <message>
        <source>with:</source>
        <translation>с:</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Без сравнения</translation>
    </message>
    <message>
        <source>the current map</source>
        <translation>текущей картой</translation>
    </message>
</context>
<context>
    <name>StageHistory</name>
    <message>
        <source>Date</source>
        <extracomment>rows shown before the table scrolls</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>started as “{stage}”</source>
        <translation>начальная стадия: «{stage}»</translation>
    </message>
</context>
<context>
    <name>StatisticsSection</name>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>показатель</translation>
    </message>
    <message>
        <source>e.g. Deliveries on time, %</source>
        <translation>например, Поставки точно в срок, %</translation>
    </message>
    <message>
        <source>New figure {n}</source>
        <translation>Новый показатель {n}</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>Import from a &amp;spreadsheet…</source>
        <translation>Загрузить из &amp;таблицы…</translation>
    </message>
    <message>
        <source>Import &amp;deals from the ERP…</source>
        <translation>Загрузить &amp;сделки из учётной системы…</translation>
    </message>
    <message>
        <source>Export portfolio &amp;table…</source>
        <translation>Выгрузить &amp;таблицу портфеля…</translation>
    </message>
    <message>
        <source>Export the selected &amp;account</source>
        <translation>Выгрузить данные выбранного &amp;клиента</translation>
    </message>
    <message>
        <source>&amp;Contacts…</source>
        <translation>&amp;Контакты…</translation>
    </message>
    <message>
        <source>&amp;Plan actions…</source>
        <translation>&amp;Действия плана…</translation>
    </message>
    <message>
        <source>&amp;Value entries…</source>
        <translation>&amp;Записи стоимостного досье…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Выгрузить &amp;календарь (.ics)…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Export the portfolio table</source>
        <translation>Выгрузка таблицы портфеля</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>портфель</translation>
    </message>
    <message>
        <source>Select an account in the portfolio first.</source>
        <translation>Сначала выберите клиента в портфеле.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <source>plan actions</source>
        <translation>действия плана</translation>
    </message>
    <message>
        <source>value entries</source>
        <translation>стоимостное досье</translation>
    </message>
    <message>
        <source>Export the account&apos;s {what}</source>
        <translation>Выгрузка клиента: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {path}</source>
        <translation>
            <numerusform>%Ln строка записана в {path}</numerusform>
            <numerusform>%Ln строки записаны в {path}</numerusform>
            <numerusform>%Ln строк записано в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Выгрузка календаря</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>следующие шаги</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to {path}</source>
        <translation>
            <numerusform>%Ln событие записано в {path}</numerusform>
            <numerusform>%Ln события записаны в {path}</numerusform>
            <numerusform>%Ln событий записано в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translation>Файл не записан</translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Account name</source>
        <extracomment>QSettings group of its remembered mappings, folder and window geometry (heading, fields) per group of the mapping box; a long group takes two columns the fields marked &quot;*&quot; (the import&apos;s own rule may be subtler: see ``unmapped``) what is missing from a mapping before a dry run can start, or &quot;&quot; the dry run&apos;s counts, rich text lines the dry run&apos;s changes, (what, record) rows one sentence after the import</extracomment>
        <translation>Название клиента</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Ответственный менеджер</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Purchase potential this year</source>
        <translation>Потенциал закупок в этом году</translation>
    </message>
    <message>
        <source>Holding&apos;s INN</source>
        <translation>ИНН холдинга</translation>
    </message>
    <message>
        <source>Holding&apos;s name</source>
        <translation>Название холдинга</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Import accounts and contacts from a spreadsheet</source>
        <translation>Загрузка клиентов и контактов из таблицы</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx)</source>
        <translation>Выберите файл CSV или книгу Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Прочитать заново</translation>
    </message>
    <message>
        <source>Read the file again after fixing it</source>
        <translation>Прочитать файл ещё раз после исправления</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Какой столбец что содержит</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>* required. One contact per row; rows of the same account (same INN or name) add up.</source>
        <translation>* обязательно. Один контакт в строке; строки одного клиента (тот же ИНН или название) объединяются.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Проверка перед загрузкой</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Строки с ошибками</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Choose the file to import. Nothing is written until you press Import.</source>
        <translation>Выберите файл. Пока вы не нажмёте «Загрузить», ничего не записывается.</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Выбор таблицы</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Этот файл загрузить нельзя.</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Файл не читается</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”; header on row {line}; {rows}.</source>
        <translation>Книга Excel, лист «{sheet}»; заголовок в строке {line}; {rows}.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>точкой с запятой</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>запятой</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>табуляцией</translation>
    </message>
    <message>
        <source>Text file in {encoding}, columns separated by {delimiter}; header on line {line}; {rows}.</source>
        <translation>Текстовый файл в кодировке {encoding}, столбцы разделены {delimiter}; заголовок в строке {line}; {rows}.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не загружать —</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Столбец {number}</translation>
    </message>
    <message>
        <source>Choose the column that holds the account name.</source>
        <translation>Выберите столбец с названием клиента.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Accounts: &lt;b&gt;{add}&lt;/b&gt; to add, &lt;b&gt;{update}&lt;/b&gt; to update, {same} unchanged.</source>
        <translation>Клиенты: добавить &lt;b&gt;{add}&lt;/b&gt;, обновить &lt;b&gt;{update}&lt;/b&gt;, без изменений {same}.</translation>
    </message>
    <message>
        <source>Contacts: &lt;b&gt;{add}&lt;/b&gt; to add, &lt;b&gt;{update}&lt;/b&gt; to update.</source>
        <translation>Контакты: добавить &lt;b&gt;{add}&lt;/b&gt;, обновить &lt;b&gt;{update}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) of {total} will be skipped: fix them in the file and read it again, or import the good rows only.</source>
        <translation>
            <numerusform>%n строка с ошибками из {total} будет пропущена: исправьте файл и прочитайте его заново или загрузите только верные строки.</numerusform>
            <numerusform>%n строки с ошибками из {total} будут пропущены: исправьте файл и прочитайте его заново или загрузите только верные строки.</numerusform>
            <numerusform>%n строк с ошибками из {total} будут пропущены: исправьте файл и прочитайте его заново или загрузите только верные строки.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bad rows.</source>
        <translation>Строк с ошибками нет.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s)</source>
        <translation>
            <numerusform>Загрузить %n верную строку</numerusform>
            <numerusform>Загрузить %n верные строки</numerusform>
            <numerusform>Загрузить %n верных строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Загрузить %n строку</numerusform>
            <numerusform>Загрузить %n строки</numerusform>
            <numerusform>Загрузить %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>The portfolio already holds everything the good rows say.</source>
        <translation>Всё, что есть в верных строках, в портфеле уже есть.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>Update account</source>
        <translation>Обновить клиента</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Update contact</source>
        <translation>Обновить контакт</translation>
    </message>
    <message>
        <source>Bad rows ({count})</source>
        <translation>Строки с ошибками ({count})</translation>
    </message>
    <message>
        <source>Changes ({count})</source>
        <translation>Изменения ({count})</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не загружено</translation>
    </message>
    <message>
        <source>Imported. Accounts: {accounts} added, {updated} updated. Contacts: {contacts} added, {contacts_updated} updated.</source>
        <translation>Загрузка выполнена. Клиенты: добавлено {accounts}, обновлено {updated}. Контакты: добавлено {contacts}, обновлено {contacts_updated}.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Name</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Mirrors at the client</source>
        <translation>Кого зеркалит у клиента</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>участника команды</translation>
    </message>
    <message>
        <source>No client contacts yet: add them on the Contacts page.</source>
        <translation>Контактов клиента пока нет — добавьте их в разделе «Контакты».</translation>
    </message>
    <message>
        <source>Each of our people mirrors someone at the client, so that every level of the client knows someone on our side. An executive of ours mirroring a client&apos;s leader is top-to-top selling.</source>
        <translation>Каждый наш сотрудник зеркалит кого-то у клиента, чтобы на любом уровне клиента кого-то из нас знали лично. Наш топ-менеджер, зеркалящий лидера клиента, — это продажи «первый с первым» (top-to-top).</translation>
    </message>
    <message>
        <source>{person} — top-to-top</source>
        <translation>{person} — «первый с первым»</translation>
    </message>
    <message>
        <source>New team member {n}</source>
        <translation>Новый участник команды {n}</translation>
    </message>
</context>
<context>
    <name>TeamServerPage</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Хранить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Unticked, the password is asked at each synchronisation. It is never written to the settings.</source>
        <translation>Если не отмечено, пароль запрашивается при каждой синхронизации. В настройки он не записывается никогда.</translation>
    </message>
    <message>
        <source>This system has no keyring to keep the password in (on Linux: the Secret Service of GNOME Keyring or KWallet), so it is asked at each synchronisation.</source>
        <translation>В этой системе нет хранилища паролей (в Linux — Secret Service из GNOME Keyring или KWallet), поэтому пароль запрашивается при каждой синхронизации.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Сервер команды</translation>
    </message>
    <message>
        <source>File → Synchronise with the team server pulls your colleagues&apos; changes from the team&apos;s PostgreSQL server, then pushes yours. Your administrator gives you the server, the database and your login.</source>
        <translation>Файл → Синхронизировать с сервером команды получает изменения коллег с сервера PostgreSQL вашей команды, затем отправляет ваши. Сервер, базу данных и ваш логин сообщит администратор.</translation>
    </message>
    <message>
        <source>Write it without spaces or control characters.</source>
        <translation>Укажите без пробелов и управляющих символов.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Check your login and password in Edit → Preferences → Team server.</source>
        <translation>Проверьте логин и пароль: Правка → Настройки → Сервер команды.</translation>
    </message>
    <message>
        <source>Check the database&apos;s name in Edit → Preferences → Team server; your administrator knows it.</source>
        <translation>Проверьте имя базы данных в Правка → Настройки → Сервер команды; его знает ваш администратор.</translation>
    </message>
    <message>
        <source>Check the network and the server&apos;s address in Edit → Preferences → Team server, or try again later. You can go on working meanwhile.</source>
        <translation>Проверьте сеть и адрес сервера (Правка → Настройки → Сервер команды) или повторите позже. Работать можно и без сервера.</translation>
    </message>
    <message>
        <source>Ask your administrator to give your login its rights (kam-desktop server grant).</source>
        <translation>Попросите администратора выдать права вашему логину (kam-desktop server grant).</translation>
    </message>
    <message>
        <source>Update KAM Desktop to the version of the team server.</source>
        <translation>Обновите KAM Desktop до версии сервера команды.</translation>
    </message>
    <message>
        <source>Ask your administrator to set the server up (kam-desktop server init).</source>
        <translation>Попросите администратора настроить сервер (kam-desktop server init).</translation>
    </message>
    <message>
        <source>Team server: last synchronised {when}</source>
        <translation>Сервер команды: синхронизировано {when}</translation>
    </message>
    <message>
        <source>Team server: never synchronised</source>
        <translation>Сервер команды: синхронизации ещё не было</translation>
    </message>
    <message>
        <source>Synchronise with the team server</source>
        <translation>Синхронизация с сервером команды</translation>
    </message>
    <message>
        <source>Set the team server first: its server, database and your login, in Edit → Preferences → Team server.</source>
        <translation>Сначала укажите сервер команды — сервер, базу данных и ваш логин: Правка → Настройки → Сервер команды.</translation>
    </message>
    <message>
        <source>The password of {login} on {server}:</source>
        <translation>Пароль пользователя {login} на {server}:</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Подключение к {server}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stopping after this stage…</source>
        <translation>Остановка после текущего этапа…</translation>
    </message>
    <message numerus="yes">
        <source>Pulling %n account(s) from the team server…</source>
        <translation>
            <numerusform>Получение %n клиента с сервера команды…</numerusform>
            <numerusform>Получение %n клиентов с сервера команды…</numerusform>
            <numerusform>Получение %n клиентов с сервера команды…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushing %n account(s) to the team server…</source>
        <translation>
            <numerusform>Отправка %n клиента на сервер команды…</numerusform>
            <numerusform>Отправка %n клиентов на сервер команды…</numerusform>
            <numerusform>Отправка %n клиентов на сервер команды…</numerusform>
        </translation>
    </message>
    <message>
        <source>The synchronisation did not finish</source>
        <translation>Синхронизация не завершена</translation>
    </message>
    <message>
        <source>Synchronisation stopped</source>
        <translation>Синхронизация остановлена</translation>
    </message>
    <message>
        <source>Stopped before the next stage. What was merged is kept whole on each side; synchronise again to finish.</source>
        <translation>Остановлено перед следующим этапом. Уже объединённое сохранено целиком на обеих сторонах; чтобы закончить, синхронизируйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>TeamSyncSummary</name>
    <message>
        <source>Synchronised with the team server</source>
        <translation>Синхронизировано с сервером команды</translation>
    </message>
    <message>
        <source>new here</source>
        <translation>новый здесь</translation>
    </message>
    <message>
        <source>new on the server</source>
        <translation>новый на сервере</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>Nothing to exchange: this laptop and the team server hold the same portfolio.</source>
        <translation>Обмениваться нечем: на этом ноутбуке и на сервере команды один и тот же портфель.</translation>
    </message>
    <message>
        <source>Accounts received: {received}, sent: {sent}. Conflicts: {conflicts}.</source>
        <translation>Клиентов получено: {received}, отправлено: {sent}. Конфликтов: {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased at a colleague&apos;s request.</source>
        <translation>
            <numerusform>По запросу коллеги стёрт %n человек.</numerusform>
            <numerusform>По запросу коллеги стёрто %n человека.</numerusform>
            <numerusform>По запросу коллеги стёрто %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the conflicts in File → Exchange conflicts.</source>
        <translation>Просмотрите конфликты: Файл → Конфликты обмена.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) were resolved on the team server, whose own log keeps the values that lost.</source>
        <translation>
            <numerusform>%n конфликт разрешён на сервере команды; проигравшее значение хранит его журнал.</numerusform>
            <numerusform>%n конфликта разрешены на сервере команды; проигравшие значения хранит его журнал.</numerusform>
            <numerusform>%n конфликтов разрешены на сервере команды; проигравшие значения хранит его журнал.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records received</source>
        <translation>Записей получено</translation>
    </message>
    <message>
        <source>Records sent</source>
        <translation>Записей отправлено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Never met: {roles}</source>
        <translation>Ни разу не встречались: {roles}</translation>
    </message>
    <message>
        <source>No contact with {roles} for {days} days</source>
        <translation>Нет контакта ({roles}) уже {days} дн.</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>Оценки ещё не было</translation>
    </message>
    <message>
        <source>Last assessed {days} days ago</source>
        <translation>Последняя оценка {days} дн. назад</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>причина не записана</translation>
    </message>
    <message numerus="yes">
        <source>The client is lost, yet its plan has %n open action(s): drop them, or keep those meant to win it back</source>
        <translation>
            <numerusform>Клиент потерян, а в его плане осталось %n открытое мероприятие: отмените его или оставьте, если оно нужно, чтобы вернуть клиента</numerusform>
            <numerusform>Клиент потерян, а в его плане остались %n открытых мероприятия: отмените их или оставьте те, что нужны, чтобы его вернуть</numerusform>
            <numerusform>Клиент потерян, а в его плане остались %n открытых мероприятий: отмените их или оставьте те, что нужны, чтобы его вернуть</numerusform>
        </translation>
    </message>
    <message>
        <source>The written plan was never reviewed: go through it with the team and record the review</source>
        <translation>План ещё ни разу не разбирали: пройдите его с командой и запишите разбор</translation>
    </message>
    <message>
        <source>Go through the written plan with the team and record the review</source>
        <translation>Пройдите план с командой и запишите разбор</translation>
    </message>
    <message>
        <source>deadline today</source>
        <translation>срок сегодня</translation>
    </message>
    <message numerus="yes">
        <source>deadline in %n day(s)</source>
        <translation>
            <numerusform>срок через %n день</numerusform>
            <numerusform>срок через %n дня</numerusform>
            <numerusform>срок через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>never reviewed</source>
        <translation>разбора не было</translation>
    </message>
    <message>
        <source>review due today</source>
        <translation>разбор сегодня</translation>
    </message>
    <message numerus="yes">
        <source>review %n day(s) late</source>
        <translation>
            <numerusform>разбор просрочен на %n день</numerusform>
            <numerusform>разбор просрочен на %n дня</numerusform>
            <numerusform>разбор просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — {count}</source>
        <translation>{title} — {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>last deal {date}</source>
        <translation>последняя сделка {date}</translation>
    </message>
    <message>
        <source>no deal recorded</source>
        <translation>сделок не записано</translation>
    </message>
    <message>
        <source>Asleep: {reason}; {last_deal}. Reactivating sleeping clients is part of the job: call, offer something new.</source>
        <translation>«Уснул»: {reason}; {last_deal}. Будить спящих клиентов — часть работы: позвоните, предложите новое.</translation>
    </message>
    <message>
        <source>{crossed}. Now with {owner}: hand it over to a client manager or a project manager.</source>
        <translation>{crossed}. Сейчас ведёт: {owner}. Передайте клиента клиентскому менеджеру или менеджеру проекта.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>контактов ещё не было</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without contact</source>
        <translation>
            <numerusform>%n день без контакта</numerusform>
            <numerusform>%n дня без контакта</numerusform>
            <numerusform>%n дней без контакта</numerusform>
        </translation>
    </message>
    <message>
        <source>never assessed</source>
        <translation>ещё не оценивалась</translation>
    </message>
    <message numerus="yes">
        <source>assessed %n day(s) ago</source>
        <translation>
            <numerusform>оценка %n день назад</numerusform>
            <numerusform>оценка %n дня назад</numerusform>
            <numerusform>оценка %n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Loading…</source>
        <extracomment>a lost account&apos;s open plan actions are to be dropped (a TodayItem)</extracomment>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>По видам</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>По клиентам</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Mark the chosen next steps and plan actions done (Ctrl+Z undoes)</source>
        <translation>Отметить выбранные шаги и мероприятия выполненными (Ctrl+Z отменит)</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Drop the open actions</source>
        <translation>Отменить открытые мероприятия</translation>
    </message>
    <message>
        <source>The client is lost: mark the open actions of its plan as dropped (Ctrl+Z undoes)</source>
        <translation>Клиент потерян: отметить открытые мероприятия его плана как отменённые (Ctrl+Z отменит)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группировать:</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>Сегодня срочных дел нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need your attention.</source>
        <translation>
            <numerusform>%Ln дело требует вашего внимания.</numerusform>
            <numerusform>%Ln дела требуют вашего внимания.</numerusform>
            <numerusform>%Ln дел требуют вашего внимания.</numerusform>
        </translation>
    </message>
    <message>
        <source>To tomorrow</source>
        <translation>На завтра</translation>
    </message>
    <message>
        <source>By a week</source>
        <translation>На неделю</translation>
    </message>
    <message>
        <source>To a date…</source>
        <translation>На дату…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <source>Choose your name as it is written in the accounts&apos; Owner field, or type it. Today, the portfolio and the workload will show your accounts and those whose team you are on; one click shows everyone&apos;s. You can change it in Preferences.</source>
        <translation>Выберите своё имя так, как оно записано в поле «Ответственный» у клиентов, или введите его. «Сегодня», портфель и нагрузка покажут ваших клиентов и тех, в команде по которым вы состоите; всех клиентов можно показать одним щелчком. Имя можно изменить в настройках.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>ValueBreakdowns</name>
    <message>
        <source>By kind</source>
        <translation>По видам</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>По годам</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>By client department</source>
        <translation>По подразделениям клиента</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Entries: all of them, and in brackets those the client has acknowledged (✓).</source>
        <translation>Записи: всего, а в скобках — подтверждённые клиентом (✓).</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Выгода</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>{count} ({acknowledged} ✓)</source>
        <translation>{count} ({acknowledged} ✓)</translation>
    </message>
    <message>
        <source>Not attributed</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>ValueCharts</name>
    <message>
        <source>By kind, all years</source>
        <translation>По видам, за все годы</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>на сегодня</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>По годам</translation>
    </message>
    <message>
        <source>{what}: benefit {benefit}, cost {cost} — {count}</source>
        <translation>{what}: выгода {benefit}, затраты {cost} — {count}</translation>
    </message>
    <message>
        <source>What we gave the clients beyond the product, in money: the benefit they gained and what it cost us.</source>
        <translation>Что мы дали клиентам сверх продукта, в деньгах: их выгода и наши затраты.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No account has revenue in {year}</source>
        <translation>Ни у одного клиента нет выручки за {year} г.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Client benefit delivered in {year} per unit of our revenue in {year}</source>
        <translation>Выгода клиента за {year} г. на единицу нашей выручки за {year} г.</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <source>The value dossier is what justifies our price: accounts that got nothing beyond the product are the first a cheaper competitor wins.</source>
        <translation>Стоимостное досье оправдывает нашу цену: клиентов, не получивших ничего сверх продукта, первыми уведёт более дешёвый конкурент.</translation>
    </message>
</context>
<context>
    <name>ValueCredits</name>
    <message>
        <source>Who on our side delivered the value, from the “Delivered by” and “Our department” of each entry (the department is the team member&apos;s own unless the entry names another). For our people only: the client&apos;s value dossier never prints it.</source>
        <translation>Кто с нашей стороны создал эту ценность — по полям «Кто выполнил» и «Наше подразделение» каждой записи (подразделение — то, где работает участник команды, если в записи не указано другое). Только для наших сотрудников: в стоимостном досье для клиента это не печатается.</translation>
    </message>
    <message>
        <source>By team member</source>
        <translation>По участникам команды</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Участник команды</translation>
    </message>
    <message>
        <source>By our department</source>
        <translation>По нашим подразделениям</translation>
    </message>
    <message>
        <source>Our department</source>
        <translation>Наше подразделение</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>ValueEntriesSection</name>
    <message>
        <source>✓ yes</source>
        <translation>✓ да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Кто выполнил</translation>
    </message>
    <message>
        <source>value entry</source>
        <translation>запись стоимостного досье</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Client department</source>
        <translation>Подразделение клиента</translation>
    </message>
    <message>
        <source>Which of the client&apos;s departments benefited</source>
        <translation>Какое подразделение клиента получило выгоду</translation>
    </message>
    <message>
        <source>What it cost us to give this</source>
        <translation>Во что это обошлось нам</translation>
    </message>
    <message>
        <source>What the client gained or saved, in money</source>
        <translation>Что клиент заработал или сэкономил, в деньгах</translation>
    </message>
    <message>
        <source>Acknowledged by the client</source>
        <translation>Подтверждено клиентом</translation>
    </message>
    <message>
        <source>Who on our side delivered it: credited to them inside our company, never printed for the client</source>
        <translation>Кто с нашей стороны это выполнил: вклад засчитывается ему внутри компании и никогда не печатается для клиента</translation>
    </message>
    <message>
        <source>Our department</source>
        <translation>Наше подразделение</translation>
    </message>
    <message>
        <source>If not the team member&apos;s own department</source>
        <translation>Если не подразделение участника команды</translation>
    </message>
    <message>
        <source>New entry {n}</source>
        <translation>Новая запись {n}</translation>
    </message>
    <message>
        <source>Our cost, {currency}</source>
        <translation>Наши затраты, {currency}</translation>
    </message>
    <message>
        <source>Client benefit, {currency}</source>
        <translation>Выгода клиента, {currency}</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <source>What we gave the client beyond the product, in money: what it cost us and what the client gained. Discussed with the client&apos;s top managers, it justifies our price and shows our people what they contribute.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Всё, что мы дали клиенту сверх продукта, в деньгах: во что это обошлось нам и что выиграл клиент. Стоимостное досье обсуждают с первыми лицами клиента: оно обосновывает нашу цену и показывает нашим сотрудникам их вклад.</translation>
    </message>
    <message>
        <source>Figures that show exceptional performance as a supplier — deliveries on time, response times, complaints solved — which a cheaper competitor would have to beat.</source>
        <translation>Показатели, подтверждающие нашу исключительную работу как поставщика: поставки точно в срок, скорость реакции, решённые рекламации. Более дешёвому конкуренту придётся их превзойти.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Totals by kind, year and department</source>
        <translation>Итоги по видам, годам и подразделениям</translation>
    </message>
    <message>
        <source>Statistics for the value dossier</source>
        <translation>Статистика для стоимостного досье</translation>
    </message>
    <message>
        <source>Our team&apos;s contribution</source>
        <translation>Вклад нашей команды</translation>
    </message>
</context>
<context>
    <name>ValueTotalsPanel</name>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Acknowledged by the client</source>
        <translation>Подтверждено клиентом</translation>
    </message>
    <message>
        <source>{acknowledged} of {count}</source>
        <translation>{acknowledged} из {count}</translation>
    </message>
    <message>
        <source>Enter our revenue in the Revenue section</source>
        <translation>Внесите нашу выручку в разделе «Выручка»</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>client benefit as a share of our revenue over the same days as the entries (as the value dossier prints it)</source>
        <translation>выгода клиента в процентах от нашей выручки за те же дни, что охватывают записи (как в стоимостном досье)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to KAM Desktop</source>
        <translation>Добро пожаловать в KAM Desktop</translation>
    </message>
    <message>
        <source>Your portfolio is empty. Create your first key account, bring your accounts in from an interchange file, or explore the application on a demo portfolio.</source>
        <translation>Портфель пока пуст. Создайте первого ключевого клиента, загрузите клиентов из файла обмена или познакомьтесь с программой на демо-портфеле.</translation>
    </message>
    <message>
        <source>Create the first account…</source>
        <translation>Создать первого клиента…</translation>
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
    <name>WhitespaceModel</name>
    <message>
        <source>Not yet ours, {currency}</source>
        <extracomment>the accounts shown unless the user asks for more the cells&apos; colours by band, seen through in light and dark palettes alike the columns before the groups&apos;: the account, the potential not yet ours the widest a group&apos;s column starts</extracomment>
        <translation>Ещё не наше, {currency}</translation>
    </message>
    <message>
        <source>{group}: no potential estimated</source>
        <translation>{group}: потенциал не оценён</translation>
    </message>
    <message>
        <source>{group}: our share {share}</source>
        <translation>{group}: наша доля {share}</translation>
    </message>
</context>
<context>
    <name>WhitespaceView</name>
    <message>
        <source>Find an account…</source>
        <translation>Найти клиента…</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>Accounts shown</source>
        <translation>Сколько клиентов показать</translation>
    </message>
    <message>
        <source>Show the top</source>
        <translation>Показать первых</translation>
    </message>
    <message>
        <source>Our share:</source>
        <translation>Наша доля:</translation>
    </message>
    <message>
        <source>nothing bought from us</source>
        <translation>у нас не покупают</translation>
    </message>
    <message>
        <source>under {low}</source>
        <translation>меньше {low}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <source>{high} and more</source>
        <translation>{high} и больше</translation>
    </message>
    <message>
        <source>· blank: no potential estimated</source>
        <translation>· пусто: потенциал не оценён</translation>
    </message>
    <message>
        <source>{shown} of {count}</source>
        <translation>{shown} из {count}</translation>
    </message>
</context>
<context>
    <name>WinBackSection</name>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>win-back action</source>
        <translation>мероприятие по возврату</translation>
    </message>
    <message>
        <source>Add an action to the plan to win the client back</source>
        <translation>Добавить мероприятие в план возврата клиента</translation>
    </message>
    <message>
        <source>Win-back action {n}</source>
        <translation>Мероприятие по возврату {n}</translation>
    </message>
</context>
<context>
    <name>WorkloadChart</name>
    <message>
        <source>No owner</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <source>norm {norm}</source>
        <translation>норма {norm}</translation>
    </message>
    <message>
        <source>Load, in typical accounts</source>
        <translation>Нагрузка, в типовых клиентах</translation>
    </message>
    <message>
        <source>Load per KAM</source>
        <translation>Нагрузка на менеджера</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <source>({assessed} of 9)</source>
        <translation>({assessed} из 9)</translation>
    </message>
    <message>
        <source>{owner}: load {load}, norm {norm} — {count}</source>
        <translation>{owner}: нагрузка {load}, норма {norm} — {count}</translation>
    </message>
    <message>
        <source>Load of the account (1 = typical)</source>
        <translation>Нагрузка клиента (1 — типовой)</translation>
    </message>
    <message>
        <source>Accounts that weigh most</source>
        <translation>Самые трудоёмкие клиенты</translation>
    </message>
    <message>
        <source>An account&apos;s load comes from the nine workload factors in its dossier (1 = a typical account); a KAM&apos;s load is the sum over their accounts, lost ones left out, against the norm set in Preferences.</source>
        <translation>Нагрузка клиента считается по девяти факторам из его досье (1 — типовой клиент); нагрузка менеджера — сумма по его клиентам, кроме потерянных, в сравнении с нормой из настроек.</translation>
    </message>
    <message>
        <source>Not fully assessed: {count}.</source>
        <translation>Оценены не полностью: {count}.</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <source>How much of the KAM&apos;s time this account takes. Rate each factor from 1 to 5; leave it at “—” while you cannot judge it. Factors marked ▲ add work as they grow, those marked ▼ save work.</source>
        <extracomment>the parts of the dossier it shows (services.dossier.PARTS), read when first shown</extracomment>
        <translation>Сколько времени менеджера отнимает этот клиент. Оцените каждый фактор от 1 до 5; оставьте «—», пока не можете судить. Факторы со знаком ▲ с ростом добавляют работы, со знаком ▼ — экономят её.</translation>
    </message>
    <message>
        <source>Adds work as it grows</source>
        <translation>С ростом добавляет работы</translation>
    </message>
    <message>
        <source>Saves work as it grows</source>
        <translation>С ростом экономит работу</translation>
    </message>
    <message>
        <source>1 is a typical account; an account heavy on most factors weighs about 2, a light one about 0.5 (every factor at its heaviest: 4). Factors that make work count double those that only ease it. The loads of a KAM&apos;s accounts add up on the dashboard and are compared with the norm set in Preferences.</source>
        <translation>1 — типичный клиент; клиент, тяжёлый по большинству факторов, весит около 2, лёгкий — около 0,5 (все факторы на максимуме — 4). Факторы, которые добавляют работу, весят вдвое больше тех, что её облегчают. Нагрузки клиентов менеджера складываются на панели показателей и сравниваются с нормой из настроек.</translation>
    </message>
    <message>
        <source>Client potential</source>
        <translation>Потенциал клиента</translation>
    </message>
    <message>
        <source>small</source>
        <translation>небольшой</translation>
    </message>
    <message>
        <source>very large</source>
        <translation>очень большой</translation>
    </message>
    <message>
        <source>The KAM&apos;s experience</source>
        <translation>Опыт менеджера</translation>
    </message>
    <message>
        <source>newcomer</source>
        <translation>новичок</translation>
    </message>
    <message>
        <source>seasoned</source>
        <translation>опытный</translation>
    </message>
    <message>
        <source>Distance to the client&apos;s offices</source>
        <translation>Удалённость офисов клиента</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>тот же город</translation>
    </message>
    <message>
        <source>remote, long trips</source>
        <translation>далеко, долгие поездки</translation>
    </message>
    <message>
        <source>How centralised the client&apos;s purchasing is</source>
        <translation>Централизация закупок клиента</translation>
    </message>
    <message>
        <source>every site buys on its own</source>
        <translation>каждая площадка закупает сама</translation>
    </message>
    <message>
        <source>one purchasing centre</source>
        <translation>единый центр закупок</translation>
    </message>
    <message>
        <source>Client people to keep relations with</source>
        <translation>Люди клиента, с кем поддерживать отношения</translation>
    </message>
    <message>
        <source>one or two</source>
        <translation>один-два</translation>
    </message>
    <message>
        <source>a dozen or more</source>
        <translation>десяток и больше</translation>
    </message>
    <message>
        <source>Coordination needed between our departments</source>
        <translation>Согласование между нашими подразделениями</translation>
    </message>
    <message>
        <source>one department serves the client</source>
        <translation>клиента обслуживает одно подразделение</translation>
    </message>
    <message>
        <source>many must act together</source>
        <translation>нужны совместные действия многих</translation>
    </message>
    <message>
        <source>How reliably we keep delivery promises</source>
        <translation>Выполнение наших обязательств по поставкам</translation>
    </message>
    <message>
        <source>often late or short</source>
        <translation>часто срываем</translation>
    </message>
    <message>
        <source>always as promised</source>
        <translation>всегда как обещали</translation>
    </message>
    <message>
        <source>Competition intensity</source>
        <translation>Интенсивность конкуренции</translation>
    </message>
    <message>
        <source>hardly any</source>
        <translation>почти нет</translation>
    </message>
    <message>
        <source>fierce</source>
        <translation>жёсткая</translation>
    </message>
    <message>
        <source>Support staff available to the KAM</source>
        <translation>Вспомогательный персонал у менеджера</translation>
    </message>
    <message>
        <source>works alone</source>
        <translation>работает один</translation>
    </message>
    <message>
        <source>a full team</source>
        <translation>полная команда</translation>
    </message>
    <message>
        <source>Load: {load} of a typical account</source>
        <translation>Нагрузка: {load} типового клиента</translation>
    </message>
    <message numerus="yes">
        <source>%n of 9 factor(s) assessed</source>
        <translation>
            <numerusform>Оценён %n фактор из 9</numerusform>
            <numerusform>Оценены %n фактора из 9</numerusform>
            <numerusform>Оценено %n факторов из 9</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing assessed yet: the account counts as a typical one.</source>
        <translation>Пока ничего не оценено: клиент считается типовым.</translation>
    </message>
    <message>
        <source>Set {factor}</source>
        <translation>Изменить: {factor}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>name</source>
        <extracomment>the words for the fields a conflict most often names; others show their own name</extracomment>
        <translation>название / имя</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>юридическое название</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>стадия</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>department</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>заинтересованность</translation>
    </message>
    <message>
        <source>involvement</source>
        <translation>вовлечённость</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>отношение к нам</translation>
    </message>
    <message>
        <source>mirrors</source>
        <translation>зеркалит</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>содержание</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <source>next step due</source>
        <translation>срок следующего шага</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>client&apos;s benefit</source>
        <translation>выгода клиента</translation>
    </message>
    <message>
        <source>our cost</source>
        <translation>наши затраты</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>en</source>
        <comment>the code of this translation&apos;s language</comment>
        <translation>ru</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>What and when they studied, or whether its absence is a sore point.</source>
        <translation>Что и когда окончил — или не больная ли это тема.</translation>
    </message>
    <message>
        <source>Previous employer and position</source>
        <translation>Прежнее место работы и должность</translation>
    </message>
    <message>
        <source>Where their habits and contacts come from.</source>
        <translation>Откуда его привычки и связи.</translation>
    </message>
    <message>
        <source>Company&apos;s welfare or their own?</source>
        <translation>Благополучие компании или своё собственное?</translation>
    </message>
    <message>
        <source>Tells which arguments will move them.</source>
        <translation>Подсказывает, какие доводы на него подействуют.</translation>
    </message>
    <message>
        <source>What they care about besides business</source>
        <translation>Что ему важно помимо работы</translation>
    </message>
    <message>
        <source>Common ground for a conversation.</source>
        <translation>Общие темы для разговора.</translation>
    </message>
    <message>
        <source>Relations with our people</source>
        <translation>Отношения с нашими сотрудниками</translation>
    </message>
    <message>
        <source>Who, what kind, good or not, and why.</source>
        <translation>С кем, какие, хорошие или нет и почему.</translation>
    </message>
    <message>
        <source>Moral or ethical considerations</source>
        <translation>Моральные и этические соображения</translation>
    </message>
    <message>
        <source>What to avoid in dealing with them.</source>
        <translation>Чего избегать в общении с ним.</translation>
    </message>
    <message>
        <source>Negotiation style</source>
        <translation>Стиль ведения переговоров</translation>
    </message>
    <message>
        <source>How to prepare for the meeting.</source>
        <translation>Как готовиться к встрече.</translation>
    </message>
    <message>
        <source>Obligations to us or to a competitor</source>
        <translation>Обязательства перед нами или конкурентом</translation>
    </message>
    <message>
        <source>Whose side they feel bound to.</source>
        <translation>Перед кем он чувствует себя обязанным.</translation>
    </message>
    <message>
        <source>Company problems that matter most to them</source>
        <translation>Проблемы компании, которые волнуют его больше всего</translation>
    </message>
    <message>
        <source>And whether we can solve them.</source>
        <translation>И можем ли мы их решить.</translation>
    </message>
    <message>
        <source>Could a competitor solve them better?</source>
        <translation>Может ли конкурент решить их на лучших условиях?</translation>
    </message>
    <message>
        <source>Where we are exposed.</source>
        <translation>Где мы уязвимы.</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Срок следующего шага</translation>
    </message>
    <message>
        <source>Plan action due</source>
        <translation>Срок действия по плану</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Охлаждение</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Передать клиента</translation>
    </message>
    <message>
        <source>Sleeping: wake it up</source>
        <translation>Спящий: разбудить</translation>
    </message>
    <message>
        <source>Lost: close its plan</source>
        <translation>Потерян: закрыть план</translation>
    </message>
    <message>
        <source>Win-back action due</source>
        <translation>Возврат клиента: срок</translation>
    </message>
    <message>
        <source>Ladder assessment stale</source>
        <translation>Оценка по лестнице устарела</translation>
    </message>
    <message>
        <source>Goal at risk</source>
        <translation>Цель под угрозой</translation>
    </message>
    <message>
        <source>Plan due for review</source>
        <translation>Пора разобрать план</translation>
    </message>
    <message>
        <source>its deals reached the number set</source>
        <translation>число сделок достигло заданного</translation>
    </message>
    <message>
        <source>a year&apos;s orders reached the amount set</source>
        <translation>заказы за год достигли заданной суммы</translation>
    </message>
    <message>
        <source>our share of its purchases reached the percentage set</source>
        <translation>наша доля в его закупках достигла заданного процента</translation>
    </message>
    <message>
        <source>a regular client for the months set</source>
        <translation>постоянный клиент заданное число месяцев</translation>
    </message>
    <message>
        <source>legal name or INN, industry, region</source>
        <translation>юр. название или ИНН, отрасль, регион</translation>
    </message>
    <message>
        <source>motivation segment</source>
        <translation>сегмент мотивации</translation>
    </message>
    <message>
        <source>purchase potential</source>
        <translation>потенциал закупок</translation>
    </message>
    <message>
        <source>a leader on the role map</source>
        <translation>лидер на карте ролей</translation>
    </message>
    <message>
        <source>a specifier on the role map</source>
        <translation>спецификатор на карте ролей</translation>
    </message>
    <message>
        <source>our account team</source>
        <translation>наша команда по клиенту</translation>
    </message>
    <message>
        <source>a recent ladder assessment</source>
        <translation>свежая оценка по лестнице поставщика</translation>
    </message>
    <message>
        <source>plan goals</source>
        <translation>цели плана</translation>
    </message>
    <message>
        <source>value delivered this year</source>
        <translation>ценность, переданная в этом году</translation>
    </message>
    <message>
        <source>an open next step</source>
        <translation>открытый следующий шаг</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>an INN has 10 digits (organisation) or 12 digits (individual)</source>
        <translation>ИНН состоит из 10 цифр (организация) или 12 цифр (физическое лицо)</translation>
    </message>
    <message>
        <source>the INN&apos;s check digit does not match</source>
        <translation>контрольная цифра ИНН не сходится</translation>
    </message>
    <message>
        <source>{text} is not a period: write a year (2025) or a quarter (2025-Q3)</source>
        <translation>{text} — не период: укажите год (2025) или квартал (2025-Q3)</translation>
    </message>
    <message>
        <source>{department}: {percent} is not between 0 and 100</source>
        <translation>{department}: {percent} — не в пределах от 0 до 100</translation>
    </message>
    <message>
        <source>the shares sum to {total} %, not 100 %</source>
        <translation>сумма долей {total} %, а не 100 %</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} — не в пределах от {low} до {high}</translation>
    </message>
    <message>
        <source>expected answers to the diagnostic questions</source>
        <translation>ожидаются ответы на диагностические вопросы</translation>
    </message>
    <message>
        <source>{key} is not one of the diagnostic questions</source>
        <translation>{key} — не диагностический вопрос</translation>
    </message>
    <message>
        <source>the answer to {key} must be yes or no</source>
        <translation>ответ на вопрос {key} — «да» или «нет»</translation>
    </message>
    <message>
        <source>expected competitor names with their ladder levels</source>
        <translation>ожидаются названия конкурентов и их ступени</translation>
    </message>
    <message>
        <source>a competitor needs a name</source>
        <translation>у конкурента должно быть название</translation>
    </message>
    <message>
        <source>{name}: {level} is not a ladder level from 1 to 4</source>
        <translation>{name}: {level} — не ступень лестницы от 1 до 4</translation>
    </message>
    <message>
        <source>{value} is not a currency code such as RUB</source>
        <translation>{value} — не код валюты вроде RUB</translation>
    </message>
    <message>
        <source>unknown kind of record {kind}</source>
        <translation>неизвестный вид записи {kind}</translation>
    </message>
    <message>
        <source>is not a field that can be edited</source>
        <translation>это поле нельзя изменять</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>choose the account the person moved to</source>
        <translation>выберите клиента, к которому перешёл человек</translation>
    </message>
    <message>
        <source>the person is already at this account</source>
        <translation>человек уже работает у этого клиента</translation>
    </message>
    <message>
        <source>is not a contact of {account}</source>
        <translation>не является контактом клиента {account}</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} — не одно из значений: {allowed}</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>должно быть «да» или «нет»</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>{value} is not an amount of money</source>
        <translation>{value} — не денежная сумма</translation>
    </message>
    <message>
        <source>an amount of money cannot be negative</source>
        <translation>денежная сумма не может быть отрицательной</translation>
    </message>
    <message>
        <source>{value} has more than two decimal places</source>
        <translation>в числе {value} больше двух знаков после запятой</translation>
    </message>
    <message>
        <source>{value} is too large (the limit is {limit})</source>
        <translation>{value} — слишком большая сумма (предел {limit})</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} — не число</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} — не целое число</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <source>{value} is not a record id</source>
        <translation>{value} — не идентификатор записи</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} — не текст</translation>
    </message>
    <message>
        <source>is longer than {length} characters</source>
        <translation>длиннее {length} символов</translation>
    </message>
    <message>
        <source>the text holds a control character ({code}); only tabs and line breaks are allowed</source>
        <translation>в тексте управляющий символ ({code}); допустимы только табуляция и переводы строк</translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation>{value} — слишком большое число</translation>
    </message>
    <message>
        <source>{value} is not a number any field can hold</source>
        <translation>{value} — такое число не поместится ни в одно поле</translation>
    </message>
    <message>
        <source>not valid JSON: a number is too long</source>
        <translation>это не JSON: слишком длинное число</translation>
    </message>
    <message>
        <source>a change is dated {moment}, in the future: the clock of the laptop that made the bundle is wrong, or the bundle is forged</source>
        <translation>изменение датировано {moment}, то есть будущим: на ноутбуке отправителя неверные часы, или файл подделан</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>этой записи больше нет</translation>
    </message>
    <message>
        <source>say why the client is sleeping or lost</source>
        <translation>укажите, почему клиент «спит» или потерян</translation>
    </message>
    <message>
        <source>another account is already called {name}</source>
        <translation>клиент с названием {name} уже есть</translation>
    </message>
    <message>
        <source>there is already revenue for {period}</source>
        <translation>выручка за {period} уже внесена</translation>
    </message>
    <message>
        <source>there is already a potential for {year}</source>
        <translation>потенциал за {year} год уже записан</translation>
    </message>
    <message>
        <source>this account already has {noun} for {key}</source>
        <translation>у этого клиента уже есть {noun}: {key}</translation>
    </message>
    <message>
        <source>is not a goal of this account&apos;s plan</source>
        <translation>не цель плана развития этого клиента</translation>
    </message>
    <message>
        <source>{name} is already on this account</source>
        <translation>{name} уже есть у этого клиента</translation>
    </message>
    <message>
        <source>reports to someone at another client</source>
        <translation>подчиняется сотруднику другого клиента</translation>
    </message>
    <message>
        <source>is not on this account&apos;s team</source>
        <translation>не входит в команду этого клиента</translation>
    </message>
    <message>
        <source>{name} is not a team member of this account</source>
        <translation>{name} не входит в команду этого клиента</translation>
    </message>
    <message>
        <source>would make a reporting circle</source>
        <translation>получился бы замкнутый круг подчинения</translation>
    </message>
    <message>
        <source>needs the record it belongs to</source>
        <translation>нужна запись, к которой это относится</translation>
    </message>
    <message>
        <source>{value} is not a person&apos;s id</source>
        <translation>{value} — не идентификатор человека</translation>
    </message>
    <message>
        <source>{person} is neither a contact nor a team member of this account</source>
        <translation>{person} — не контакт и не участник команды этого клиента</translation>
    </message>
    <message>
        <source>{stage} is not a stage of the service conveyor</source>
        <translation>{stage} — не этап конвейера обслуживания</translation>
    </message>
    <message>
        <source>the account no longer exists</source>
        <translation>этого клиента больше нет</translation>
    </message>
    <message>
        <source>say to whom the account is handed over</source>
        <translation>укажите, кому передаётся клиент</translation>
    </message>
    <message>
        <source>{name} already owns the account</source>
        <translation>{name} уже отвечает за этого клиента</translation>
    </message>
    <message>
        <source>a department needs a name</source>
        <translation>у подразделения должно быть название</translation>
    </message>
    <message>
        <source>{name}: a department name is longer than {length} characters</source>
        <translation>{name}: название подразделения длиннее {length} символов</translation>
    </message>
    <message>
        <source>{name} is given twice</source>
        <translation>{name} указано дважды</translation>
    </message>
    <message>
        <source>{name}: {percent} is not a percentage</source>
        <translation>{name}: {percent} — не процент</translation>
    </message>
    <message>
        <source>no account is called {name}</source>
        <translation>клиента с названием {name} нет</translation>
    </message>
    <message>
        <source>{account} has no contact called {name}</source>
        <translation>у клиента {account} нет контакта {name}</translation>
    </message>
    <message>
        <source>the period starts after it ends</source>
        <translation>период начинается позже, чем заканчивается</translation>
    </message>
    <message>
        <source>name exactly one account</source>
        <translation>укажите ровно одного клиента</translation>
    </message>
    <message>
        <source>cannot write the file: {reason}</source>
        <translation>не удаётся записать файл: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>the logo is larger than {size} MB</source>
        <translation>логотип больше {size} МБ</translation>
    </message>
    <message>
        <source>the logo must be a PNG or JPEG picture</source>
        <translation>логотип должен быть изображением PNG или JPEG</translation>
    </message>
    <message>
        <source>this is an old Excel file (.xls): save it as .xlsx or .csv</source>
        <translation>это файл старого формата Excel (.xls): сохраните его как .xlsx или .csv</translation>
    </message>
    <message>
        <source>this is not a text file</source>
        <translation>это не текстовый файл</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>в файле нет строк</translation>
    </message>
    <message>
        <source>the first sheet has more than {limit} cells</source>
        <translation>на первом листе больше {limit} ячеек</translation>
    </message>
    <message>
        <source>the first sheet ({sheet}) has no rows</source>
        <translation>на первом листе («{sheet}») нет строк</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows</source>
        <translation>в файле больше {limit} строк</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB</source>
        <translation>файл больше {limit} МБ</translation>
    </message>
    <message>
        <source>the file&apos;s encoding is neither UTF-8 nor Windows-1251</source>
        <translation>кодировка файла — не UTF-8 и не Windows-1251</translation>
    </message>
    <message>
        <source>the file is UTF-8 text with a broken character on line {line}</source>
        <translation>файл в кодировке UTF-8 с повреждённым символом в строке {line}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <source>this is not an Excel workbook that can be read: {reason}</source>
        <translation>это не книга Excel, которую можно прочитать: {reason}</translation>
    </message>
    <message>
        <source>the file name must end in .csv or .xlsx</source>
        <translation>имя файла должно оканчиваться на .csv или .xlsx</translation>
    </message>
    <message>
        <source>the mapping must be a JSON object of field: column</source>
        <translation>сопоставление должно быть объектом JSON вида «поле: столбец»</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at line {line}</source>
        <translation>ошибка в JSON: {problem}, строка {line}</translation>
    </message>
    <message>
        <source>map a column to the account name</source>
        <translation>укажите столбец с названием клиента</translation>
    </message>
    <message>
        <source>is not a field of the import (did you mean {close}?)</source>
        <translation>такого поля для загрузки нет (может быть, {close}?)</translation>
    </message>
    <message>
        <source>is not a field of the import; the fields are: {fields}</source>
        <translation>такого поля для загрузки нет; есть поля: {fields}</translation>
    </message>
    <message>
        <source>give a column by its header text or its number, not {value}</source>
        <translation>укажите столбец заголовком или номером, а не {value}</translation>
    </message>
    <message>
        <source>there is no column {number}: the file has {count}</source>
        <translation>столбца {number} нет: в файле столбцов {count}</translation>
    </message>
    <message>
        <source>no column is called {name}</source>
        <translation>столбца с заголовком {name} нет</translation>
    </message>
    <message>
        <source>the column {name} appears more than once: give its number instead</source>
        <translation>столбец {name} встречается несколько раз: укажите его номер</translation>
    </message>
    <message>
        <source>the account name is empty</source>
        <translation>не указано название клиента</translation>
    </message>
    <message>
        <source>contact details without the contact&apos;s name</source>
        <translation>данные контакта без его ФИО</translation>
    </message>
    <message>
        <source>the line has more cells than the header: a delimiter inside a value without quotes?</source>
        <translation>в строке больше ячеек, чем в заголовке: разделитель внутри значения без кавычек?</translation>
    </message>
    <message>
        <source>the INN is that of {inn_name} (line {inn_line}), the name that of line {line}</source>
        <translation>ИНН принадлежит клиенту {inn_name} (строка {inn_line}), а название — клиенту из строки {line}</translation>
    </message>
    <message>
        <source>line {line} gives {name} the INN {inn}</source>
        <translation>в строке {line} у клиента {name} ИНН {inn}</translation>
    </message>
    <message>
        <source>{name} has the INN {inn} in the portfolio</source>
        <translation>у клиента {name} в портфеле ИНН {inn}</translation>
    </message>
    <message>
        <source>line {line} gives this INN to {name}</source>
        <translation>в строке {line} этот ИНН у клиента {name}</translation>
    </message>
    <message>
        <source>line {line} gives another value: {value}</source>
        <translation>в строке {line} другое значение: {value}</translation>
    </message>
    <message>
        <source>{value} is not a category: write key, developing key, maintained or occasional</source>
        <translation>{value} — не категория: укажите «ключевой», «развивающийся ключевой», «поддерживаемый» или «эпизодический»</translation>
    </message>
    <message>
        <source>{value} is not an e-mail address</source>
        <translation>{value} — не адрес электронной почты</translation>
    </message>
    <message>
        <source>{value} is not a date of the calendar</source>
        <translation>{value} — такой даты в календаре нет</translation>
    </message>
    <message>
        <source>{value} is not a date: write 31.12.2026 or 2026-12-31</source>
        <translation>{value} — не дата: пишите 31.12.2026 или 2026-12-31</translation>
    </message>
    <message>
        <source>map a column to the deal&apos;s {field}</source>
        <translation>укажите столбец для поля сделки {field}</translation>
    </message>
    <message>
        <source>map a column to the client&apos;s INN or name</source>
        <translation>укажите столбец с ИНН или названием клиента</translation>
    </message>
    <message>
        <source>the deal&apos;s {field} is empty</source>
        <translation>поле сделки {field} пусто</translation>
    </message>
    <message>
        <source>no account of the portfolio has the INN {inn}{name}</source>
        <translation>в портфеле нет клиента с ИНН {inn}{name}</translation>
    </message>
    <message>
        <source>no account of the portfolio is called {name}</source>
        <translation>в портфеле нет клиента с названием {name}</translation>
    </message>
    <message>
        <source>the row names no client: its INN and name are empty</source>
        <translation>в строке не указан клиент: ИНН и название пусты</translation>
    </message>
    <message>
        <source>the same deal as line {line}: the same client, date, amount and product group without a reference</source>
        <translation>та же сделка, что в строке {line}: тот же клиент, дата, сумма и товарная группа, без номера документа</translation>
    </message>
    <message>
        <source>line {line} gives this reference the date {date}</source>
        <translation>в строке {line} у этого документа дата {date}</translation>
    </message>
    <message>
        <source>a deletion needs a stamp</source>
        <translation>у удаления нет отметки времени</translation>
    </message>
    <message>
        <source>a key appears twice in one object</source>
        <translation>ключ повторяется в одном объекте</translation>
    </message>
    <message>
        <source>a replica is listed twice</source>
        <translation>ноутбук указан дважды</translation>
    </message>
    <message>
        <source>a replica&apos;s name must be text of at most 200 characters</source>
        <translation>имя ноутбука должно быть текстом не длиннее 200 символов</translation>
    </message>
    <message>
        <source>a stamp must be [clock, replica]</source>
        <translation>отметка должна иметь вид [часы, ноутбук]</translation>
    </message>
    <message>
        <source>a stamp names replica {replica}, which the manifest does not list</source>
        <translation>отметка ссылается на ноутбук {replica}, которого нет в описи</translation>
    </message>
    <message>
        <source>expected a list of [clock, replica] pairs</source>
        <translation>ожидался список пар [часы, ноутбук]</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>expected the list of members</source>
        <translation>ожидался список частей файла</translation>
    </message>
    <message>
        <source>not valid JSON: {problem}</source>
        <translation>некорректный JSON: {problem}</translation>
    </message>
    <message>
        <source>only a changed field can take the other value</source>
        <translation>другое значение можно выбрать только для изменённого поля</translation>
    </message>
    <message>
        <source>only a person (a contact) can be erased</source>
        <translation>стереть можно только человека (контакт)</translation>
    </message>
    <message>
        <source>the application version is not valid</source>
        <translation>некорректная версия приложения</translation>
    </message>
    <message>
        <source>the bundle asks for key-derivation settings beyond the limits (N=2^{log2_n}, r={r}, p={p})</source>
        <translation>файл требует параметров получения ключа сверх допустимого (N=2^{log2_n}, r={r}, p={p})</translation>
    </message>
    <message>
        <source>the bundle cannot be decrypted: the password is wrong, or the file was damaged or altered</source>
        <translation>файл не удаётся расшифровать: пароль неверен, либо файл повреждён или изменён</translation>
    </message>
    <message>
        <source>the bundle file changed while it was being imported</source>
        <translation>файл изменился во время загрузки</translation>
    </message>
    <message>
        <source>the bundle has no manifest</source>
        <translation>в файле нет описи</translation>
    </message>
    <message>
        <source>the bundle has {count} members, more than a bundle can have</source>
        <translation>в файле {count} частей — больше, чем бывает в файле обмена</translation>
    </message>
    <message>
        <source>the bundle holds an unexpected member: {name}</source>
        <translation>в файле лишняя часть: {name}</translation>
    </message>
    <message>
        <source>the bundle holds an unsafe path: {name}</source>
        <translation>в файле опасный путь: {name}</translation>
    </message>
    <message>
        <source>the bundle holds {name} twice</source>
        <translation>в файле дважды встречается {name}</translation>
    </message>
    <message>
        <source>the bundle is damaged or incomplete: it is not a readable ZIP archive</source>
        <translation>файл повреждён или неполон: это не читаемый ZIP-архив</translation>
    </message>
    <message>
        <source>the bundle is damaged: {name} cannot be read</source>
        <translation>файл повреждён: не читается {name}</translation>
    </message>
    <message>
        <source>the bundle is encrypted: give its password</source>
        <translation>файл зашифрован: укажите пароль</translation>
    </message>
    <message>
        <source>the bundle is incomplete: {name} is missing</source>
        <translation>файл неполон: нет части {name}</translation>
    </message>
    <message>
        <source>the bundle is larger than {limit} MB</source>
        <translation>файл больше {limit} МБ</translation>
    </message>
    <message>
        <source>the bundle member {name} inflates far beyond its size: refused as a decompression bomb</source>
        <translation>часть {name} распаковывается во много раз больше своего размера: отклонено как «архивная бомба»</translation>
    </message>
    <message>
        <source>the bundle member {name} is larger than {limit} MB</source>
        <translation>часть {name} больше {limit} МБ</translation>
    </message>
    <message>
        <source>the bundle member {name} is stored in a way KAM Desktop does not read</source>
        <translation>часть {name} сохранена способом, который KAM Desktop не читает</translation>
    </message>
    <message>
        <source>the bundle was made by a newer version of KAM Desktop (format {version}); update KAM Desktop to import it</source>
        <translation>файл создан более новой версией KAM Desktop (формат {version}); обновите KAM Desktop, чтобы загрузить его</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation>данные вложены слишком глубоко</translation>
    </message>
    <message>
        <source>the data is not UTF-8 text</source>
        <translation>данные — не текст в UTF-8</translation>
    </message>
    <message>
        <source>the database would fail its integrity check after the import; nothing was imported</source>
        <translation>после загрузки база не прошла бы проверку целостности; ничего не загружено</translation>
    </message>
    <message>
        <source>the file is incomplete: it ends inside its header</source>
        <translation>файл неполон: он обрывается в заголовке</translation>
    </message>
    <message>
        <source>the import would leave {count} records in {table} instead of {expected}; nothing was imported</source>
        <translation>после загрузки в {table} осталось бы записей: {count} вместо {expected}; ничего не загружено</translation>
    </message>
    <message>
        <source>the list of replicas is missing or too long</source>
        <translation>список ноутбуков отсутствует или слишком длинный</translation>
    </message>
    <message>
        <source>the manifest is not valid: {problem}</source>
        <translation>опись файла некорректна: {problem}</translation>
    </message>
    <message>
        <source>the password must not be empty</source>
        <translation>пароль не может быть пустым</translation>
    </message>
    <message>
        <source>the password is too easy to guess: a dictionary attack finds it at once. Use several unrelated words, for example {passphrase}</source>
        <translation>пароль слишком легко угадать: перебор по словарю найдёт его сразу. Возьмите несколько не связанных между собой слов, например {passphrase}</translation>
    </message>
    <message>
        <source>the file would carry personal notes without a password: lock it with one</source>
        <translation>в файле окажутся личные заметки без пароля: защитите его паролем</translation>
    </message>
    <message>
        <source>the scope must be a list of account ids</source>
        <translation>охват должен быть списком идентификаторов клиентов</translation>
    </message>
    <message>
        <source>the sending replica is not listed</source>
        <translation>ноутбук-отправитель не указан</translation>
    </message>
    <message>
        <source>the text holds a broken character</source>
        <translation>в тексте испорченный символ</translation>
    </message>
    <message>
        <source>the time the bundle was made is not valid</source>
        <translation>некорректное время создания файла</translation>
    </message>
    <message>
        <source>this is not a KAM Desktop bundle</source>
        <translation>это не файл обмена KAM Desktop</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>нет поля {key}</translation>
    </message>
    <message>
        <source>{key} is not expected here</source>
        <translation>поле {key} здесь не ожидается</translation>
    </message>
    <message>
        <source>{name} does not match the manifest (its lines were changed, added or removed)</source>
        <translation>{name} не совпадает с описью (строки изменены, добавлены или удалены)</translation>
    </message>
    <message>
        <source>{name}, line {line}: the records are not in order of their ids, or one appears twice</source>
        <translation>{name}, строка {line}: записи не упорядочены по идентификаторам или одна повторяется</translation>
    </message>
    <message>
        <source>{name}, line {line}: {problem}</source>
        <translation>{name}, строка {line}: {problem}</translation>
    </message>
    <message>
        <source>{name}: a change is stamped later than the bundle was made</source>
        <translation>{name}: изменение помечено временем позже создания файла</translation>
    </message>
    <message>
        <source>{name}: a line is longer than {limit} MB</source>
        <translation>{name}: строка длиннее {limit} МБ</translation>
    </message>
    <message>
        <source>{name}: account {id} appears twice</source>
        <translation>{name}: клиент {id} встречается дважды</translation>
    </message>
    <message>
        <source>{name}: account {id} is outside the bundle&apos;s scope</source>
        <translation>{name}: клиент {id} вне охвата файла</translation>
    </message>
    <message>
        <source>{name}: the digest is not valid</source>
        <translation>{name}: некорректная контрольная сумма</translation>
    </message>
    <message>
        <source>{name}: the last line is incomplete</source>
        <translation>{name}: последняя строка оборвана</translation>
    </message>
    <message>
        <source>{name}: the line count is not valid</source>
        <translation>{name}: некорректное число строк</translation>
    </message>
    <message>
        <source>{name}: {table} {id} belongs to {parent} {parent_id}, which the bundle does not hold</source>
        <translation>{name}: {table} {id} относится к {parent} {parent_id}, которого нет в файле</translation>
    </message>
    <message>
        <source>{value} is not a clock value</source>
        <translation>{value} — не значение часов</translation>
    </message>
    <message>
        <source>{value} is not a format version</source>
        <translation>{value} — не версия формата</translation>
    </message>
    <message>
        <source>{value} is not a moment in time</source>
        <translation>{value} — не момент времени</translation>
    </message>
    <message>
        <source>{value} is not a table of the portfolio</source>
        <translation>{value} — не таблица портфеля</translation>
    </message>
    <message>
        <source>{value} is not a number JSON allows</source>
        <translation>{value} — такого числа в JSON нет</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>ключ {key} повторяется в одном объекте</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл — не текст в UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>ошибка в JSON: {problem}, строка {line}, столбец {column}</translation>
    </message>
    <message>
        <source>expected a JSON object, found {value}</source>
        <translation>ожидался объект JSON, найдено: {value}</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>число {value}</translation>
    </message>
    <message>
        <source>the text {value}</source>
        <translation>текст {value}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>expected an object, found {value}</source>
        <translation>ожидался объект, найдено: {value}</translation>
    </message>
    <message>
        <source>expected a list, found {value}</source>
        <translation>ожидался список, найдено: {value}</translation>
    </message>
    <message>
        <source>expected a number, found {value}</source>
        <translation>ожидалось число, найдено: {value}</translation>
    </message>
    <message>
        <source>expected a whole number, found {value}</source>
        <translation>ожидалось целое число, найдено: {value}</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD</source>
        <translation>{value} — не дата; пишите её как ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>expected true or false, found {value}</source>
        <translation>ожидалось true или false, найдено: {value}</translation>
    </message>
    <message>
        <source>{value} is not a UUID (like 123e4567-e89b-12d3-a456-426614174000)</source>
        <translation>{value} — не UUID (вида 123e4567-e89b-12d3-a456-426614174000)</translation>
    </message>
    <message>
        <source>unknown key {key}; did you mean {close}?</source>
        <translation>неизвестный ключ {key}; может быть, {close}?</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>неизвестный ключ {key}</translation>
    </message>
    <message>
        <source>who mirrors a contact is now said only in the account&apos;s team: give {member} &quot;mirrors&quot;: {contact} there and remove this key</source>
        <translation>кто зеркалит контакт, теперь указывается только в команде по клиенту (team): укажите там у {member} &quot;mirrors&quot;: {contact} и уберите этот ключ</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>missing; this key is required</source>
        <translation>отсутствует; это обязательный ключ</translation>
    </message>
    <message>
        <source>missing: give a value</source>
        <translation>не указано: нужно значение</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>не может быть null</translation>
    </message>
    <message>
        <source>{name} is listed twice</source>
        <translation>{name} — в списке дважды</translation>
    </message>
    <message>
        <source>{other} has the same {what}</source>
        <translation>то же {what}, что у {other}</translation>
    </message>
    <message>
        <source>{other} has the same {what}; give one of them an id</source>
        <translation>то же {what}, что у {other}; дайте одной из записей id</translation>
    </message>
    <message>
        <source>a department&apos;s name must not be empty</source>
        <translation>название подразделения не может быть пустым</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>expected {format}, found {value}: this is not a KAM Desktop accounts file</source>
        <translation>ожидалось {format}, найдено: {value} — это не файл клиентов KAM Desktop</translation>
    </message>
    <message>
        <source>expected a whole number such as {version}, found {value}</source>
        <translation>ожидалось целое число, например {version}, найдено: {value}</translation>
    </message>
    <message>
        <source>the file is from a newer version of KAM Desktop (format version {version}; this one reads version {supported})</source>
        <translation>файл создан более новой версией KAM Desktop (версия формата {version}; эта версия читает формат {supported})</translation>
    </message>
    <message>
        <source>{version} is not a format version (this one reads version {supported})</source>
        <translation>{version} — не версия формата (эта версия KAM Desktop читает формат {supported})</translation>
    </message>
    <message>
        <source>{other} has the same id</source>
        <translation>тот же id, что у {other}</translation>
    </message>
    <message>
        <source>there is no account named {name}</source>
        <translation>клиента с названием {name} нет</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>a revenue record</source>
        <translation>запись о выручке</translation>
    </message>
    <message>
        <source>a purchase potential</source>
        <translation>потенциал закупок</translation>
    </message>
    <message>
        <source>a product group&apos;s potential</source>
        <translation>потенциал товарной группы</translation>
    </message>
    <message>
        <source>a deal</source>
        <translation>сделка</translation>
    </message>
    <message>
        <source>a ladder assessment</source>
        <translation>оценка по лестнице поставщика</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>a team member</source>
        <translation>участник команды</translation>
    </message>
    <message>
        <source>a diary entry</source>
        <translation>запись дневника</translation>
    </message>
    <message>
        <source>a diary attendee</source>
        <translation>участник встречи из дневника</translation>
    </message>
    <message>
        <source>an opportunity</source>
        <translation>возможность</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>a plan action</source>
        <translation>мероприятие плана</translation>
    </message>
    <message>
        <source>a value entry</source>
        <translation>запись стоимостного досье</translation>
    </message>
    <message>
        <source>a statistic</source>
        <translation>показатель</translation>
    </message>
    <message>
        <source>an involvement share</source>
        <translation>доля участия</translation>
    </message>
    <message>
        <source>a switching barrier</source>
        <translation>барьер переключения</translation>
    </message>
    <message>
        <source>a cooling record</source>
        <translation>причина охлаждения</translation>
    </message>
    <message>
        <source>a hand-over</source>
        <translation>передача клиента</translation>
    </message>
    <message>
        <source>a loss record</source>
        <translation>запись о потере</translation>
    </message>
    <message>
        <source>a stage change</source>
        <translation>смена стадии</translation>
    </message>
    <message>
        <source>a win-back action</source>
        <translation>мероприятие по возврату клиента</translation>
    </message>
    <message>
        <source>personal notes</source>
        <translation>личная анкета</translation>
    </message>
    <message>
        <source>workload factors</source>
        <translation>факторы нагрузки</translation>
    </message>
    <message>
        <source>a role map snapshot</source>
        <translation>снимок карты ролей</translation>
    </message>
    <message>
        <source>a role map snapshot entry</source>
        <translation>строка снимка карты ролей</translation>
    </message>
    <message>
        <source>an erasure record</source>
        <translation>запись об удалении персональных данных</translation>
    </message>
    <message>
        <source>an exchange rate</source>
        <translation>курс валюты</translation>
    </message>
    <message>
        <source>another account</source>
        <translation>другого клиента</translation>
    </message>
    <message>
        <source>another goal</source>
        <translation>другой цели</translation>
    </message>
    <message>
        <source>another loss record</source>
        <translation>другой записи о потере</translation>
    </message>
    <message>
        <source>this id belongs to {kind} in the database, not to {expected}</source>
        <translation>в базе этот id — {kind}, а не {expected}</translation>
    </message>
    <message>
        <source>this id belongs to {kind} of {another} in the database</source>
        <translation>в базе этот id — {kind} {another}</translation>
    </message>
    <message>
        <source>the database already has another account named {name} (id {id})</source>
        <translation>в базе уже есть другой клиент с названием {name} (id {id})</translation>
    </message>
    <message>
        <source>this id is not in the database, but {kind} with the same {what} is, with the id {id}</source>
        <translation>этого id нет в базе, но там есть {kind} с тем же {what}: id {id}</translation>
    </message>
    <message>
        <source>the database has this {what} on the record of {holder}, which the file changes; exchanging {what}s takes two imports</source>
        <translation>в базе это {what} у записи {holder}, которую файл меняет; поменять {what} местами можно только за два импорта</translation>
    </message>
    <message>
        <source>a {lifecycle} account needs a lifecycle_reason saying why</source>
        <translation>у клиента в состоянии {lifecycle} должна быть причина в lifecycle_reason</translation>
    </message>
    <message>
        <source>{name} is not a contact of this account</source>
        <translation>{name} — не контакт этого клиента</translation>
    </message>
    <message>
        <source>reports_to goes round in a circle: {chain}</source>
        <translation>reports_to замыкается в круг: {chain}</translation>
    </message>
    <message>
        <source>no such account to be the holding</source>
        <translation>такого клиента для роли холдинга нет</translation>
    </message>
    <message>
        <source>would make the company its own holding: {chain}</source>
        <translation>компания стала бы холдингом самой себе: {chain}</translation>
    </message>
    <message>
        <source>no account named {name} in the file or the database to be the holding</source>
        <translation>клиента с названием {name} для роли холдинга нет ни в файле, ни в базе</translation>
    </message>
    <message>
        <source>no account with the INN {inn} to be the holding</source>
        <translation>клиента с ИНН {inn} для роли холдинга нет</translation>
    </message>
    <message>
        <source>no account named {name} to be the holding</source>
        <translation>клиента с названием {name} для роли холдинга нет</translation>
    </message>
    <message>
        <source>line {line} gives another holding</source>
        <translation>в строке {line} указан другой холдинг</translation>
    </message>
    <message>
        <source>{account} stands alone</source>
        <translation>{account} не входит ни в один холдинг</translation>
    </message>
    <message>
        <source>{account} belongs to the holding {holding}</source>
        <translation>{account} входит в холдинг {holding}</translation>
    </message>
    <message>
        <source>Holding: {name}</source>
        <translation>Холдинг: {name}</translation>
    </message>
    <message>
        <source>Group revenue {year}: {amount} {currency}</source>
        <translation>Выручка группы за {year}: {amount} {currency}</translation>
    </message>
    <message>
        <source>another program holds the database locked; close it (or wait for it to finish) and try again</source>
        <translation>база данных заблокирована другой программой: закройте её (или дождитесь, пока она закончит) и повторите попытку</translation>
    </message>
    <message>
        <source>the database file is damaged: run kam-desktop check, and restore the newest backup that passes it</source>
        <translation>файл базы данных повреждён: запустите kam-desktop check и восстановите самую свежую резервную копию, которая проходит проверку</translation>
    </message>
    <message>
        <source>the database file cannot be written (it is read-only)</source>
        <translation>в файл базы данных нельзя записать (он только для чтения)</translation>
    </message>
    <message>
        <source>the database file could not be read or written (an input/output error of the disk)</source>
        <translation>файл базы данных не удалось прочитать или записать (ошибка ввода-вывода диска)</translation>
    </message>
    <message>
        <source>the disk is full: free some space and try again</source>
        <translation>диск заполнен: освободите место и повторите попытку</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>файл базы данных не удаётся открыть</translation>
    </message>
    <message>
        <source>the database refused: {reason}</source>
        <translation>база данных отказала: {reason}</translation>
    </message>
    <message>
        <source>the workbook&apos;s part {part} declares a DOCTYPE or entities, which a workbook never needs</source>
        <translation>часть книги {part} объявляет DOCTYPE или сущности, которые книге Excel никогда не нужны</translation>
    </message>
    <message>
        <source>the workbook&apos;s part {part} is too large</source>
        <translation>часть книги {part} слишком велика</translation>
    </message>
    <message>
        <source>the workbook holds more than {limit} texts</source>
        <translation>в книге больше {limit} текстов</translation>
    </message>
    <message>
        <source>a row of the first sheet has more than {limit} columns</source>
        <translation>в строке первого листа больше {limit} столбцов</translation>
    </message>
    <message>
        <source>the first sheet has a row numbered {number}</source>
        <translation>на первом листе есть строка с номером {number}</translation>
    </message>
    <message>
        <source>No losses recorded.</source>
        <translation>Потерь не записано.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>possible, no plan</source>
        <translation>можно, плана нет</translation>
    </message>
    <message>
        <source>{count} open, next {due}</source>
        <translation>{count} открыто, ближайшее {due}</translation>
    </message>
    <message>
        <source>Recorded the loss of {account}</source>
        <translation>Потеря клиента {account} записана</translation>
    </message>
    <message>
        <source>Added a win-back action for {account}</source>
        <translation>Добавлено мероприятие по возврату клиента {account}</translation>
    </message>
    <message>
        <source>{account} has no loss recorded</source>
        <translation>у клиента {account} не записано потерь</translation>
    </message>
    <message>
        <source>{account}, {period}, in {currency}</source>
        <translation>{account}, {period}, в {currency}</translation>
    </message>
    <message>
        <source>No product group is estimated or named in the deals.</source>
        <translation>Ни одна товарная группа не оценена и не указана в сделках.</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>Товарная группа</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Потенциал</translation>
    </message>
    <message>
        <source>Our revenue</source>
        <translation>Наша выручка</translation>
    </message>
    <message>
        <source>Our share</source>
        <translation>Наша доля</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(без группы)</translation>
    </message>
    <message>
        <source>Recorded the estimate of {group} for {account}</source>
        <translation>Записана оценка группы «{group}» для {account}</translation>
    </message>
    <message>
        <source>No product group has a potential beyond our revenue in {year}.</source>
        <translation>Ни у одной товарной группы нет потенциала сверх нашей выручки в {year} году.</translation>
    </message>
    <message>
        <source>Potential not yet ours in {year}, {currency}</source>
        <translation>Потенциал, ещё не наш, в {year} году, {currency}</translation>
    </message>
    <message>
        <source>Demo portfolio loaded: {count} accounts into {path}</source>
        <translation>Демо-портфель загружен в {path}: клиентов — {count}</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Импортирован {file}: добавлено — {added}, обновлено — {updated}, без изменений — {unchanged}</translation>
    </message>
    <message>
        <source>Exported {count} accounts to {file}</source>
        <translation>Выгружено в {file} клиентов: {count}</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <source> (also their records at {accounts})</source>
        <translation> (и его записи у клиентов {accounts})</translation>
    </message>
    <message>
        <source>Erased{also}. {count} backup(s) scrubbed too.</source>
        <translation>Стёрто{also}. Очищено резервных копий: {count}.</translation>
    </message>
    <message>
        <source>the database {path} is open in KAM Desktop; close its window first, or do this in the window (File menu)</source>
        <translation>база данных {path} открыта в окне KAM Desktop: сначала закройте окно или сделайте это в окне (меню «Файл»)</translation>
    </message>
    <message>
        <source>kam-desktop: error: {message}</source>
        <translation>kam-desktop: ошибка: {message}</translation>
    </message>
    <message>
        <source>No accounts. Try `kam-desktop demo` or `kam-desktop import FILE`.</source>
        <translation>Клиентов нет. Попробуйте `kam-desktop demo` или `kam-desktop import ФАЙЛ`.</translation>
    </message>
    <message>
        <source>OK: {path} passes the integrity check (schema {revision})</source>
        <translation>ОК: {path} проходит проверку целостности (схема {revision})</translation>
    </message>
    <message>
        <source>erasing cannot be undone: confirm with --yes</source>
        <translation>стирание нельзя отменить: подтвердите его ключом --yes</translation>
    </message>
    <message>
        <source>Erase everything about {contact} ({account}){also} from this laptop, backups included? This cannot be undone. [y/N] </source>
        <translation>Стереть все сведения о человеке {contact} ({account}){also} с этого компьютера, включая резервные копии? Отменить это нельзя. [д/Н] </translation>
    </message>
    <message>
        <source>cannot open the database {path}: {reason}</source>
        <translation>не удаётся открыть базу данных {path}: {reason}</translation>
    </message>
    <message>
        <source>added: {name}</source>
        <translation>добавлен: {name}</translation>
    </message>
    <message>
        <source>updated: {name}</source>
        <translation>обновлён: {name}</translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>Ничего не стёрто.</translation>
    </message>
    <message>
        <source>Value dossier of {account} written to {path}</source>
        <translation>Стоимостное досье клиента {account} записано в {path}</translation>
    </message>
    <message>
        <source>Portfolio report of {count} accounts written to {path}</source>
        <translation>Отчёт по портфелю записан в {path}, клиентов: {count}</translation>
    </message>
    <message>
        <source>Meeting pack for {account} written to {path}</source>
        <translation>Материалы к встрече с клиентом {account} записаны в {path}</translation>
    </message>
    <message>
        <source>Hand-over pack of {account} for {receiver} written to {path}</source>
        <translation>Пакет для передачи клиента {account} (принимает: {receiver}) записан в {path}</translation>
    </message>
    <message>
        <source>{account} handed over from {previous} to {receiver}</source>
        <translation>{account}: клиент передан. Прежний ответственный: {previous}; новый: {receiver}</translation>
    </message>
    <message>
        <source>Account plan of {account} written to {path}</source>
        <translation>План развития клиента {account} записан в {path}</translation>
    </message>
    <message>
        <source>Bundle of {count} account(s) written to {path} (encrypted)</source>
        <translation>Пакет для обмена записан в {path} (зашифрован), клиентов: {count}</translation>
    </message>
    <message>
        <source>Bundle of {count} account(s) written to {path}</source>
        <translation>Пакет для обмена записан в {path}, клиентов: {count}</translation>
    </message>
    <message>
        <source>It carries the personal questionnaires.</source>
        <translation>В нём есть личные анкеты.</translation>
    </message>
    <message>
        <source>It carries no personal questionnaires (--with-personal adds them).</source>
        <translation>Личных анкет в нём нет (их добавляет --with-personal).</translation>
    </message>
    <message>
        <source>personal must be true or false</source>
        <translation>personal должно быть true или false</translation>
    </message>
    <message>
        <source>the bundle says it holds no personal questionnaires, yet it does</source>
        <translation>пакет заявляет, что личных анкет в нём нет, но они есть</translation>
    </message>
    <message>
        <source>the password file is empty</source>
        <translation>файл пароля пуст</translation>
    </message>
    <message>
        <source>cannot read the password file: {reason}</source>
        <translation>не удаётся прочитать файл пароля: {reason}</translation>
    </message>
    <message>
        <source>the bundle would carry personal notes unlocked: give --password-file F, or --no-password to write it unlocked all the same</source>
        <translation>пакет унёс бы личные заметки без пароля: укажите --password-file F или, чтобы всё же записать его без пароля, --no-password</translation>
    </message>
    <message>
        <source>Already imported: {file} from {source} (made {made}) brings nothing new; nothing changed.</source>
        <translation>Уже получено: {file} от {source} (создан {made}) не несёт ничего нового; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Imported {file} from {source} (made {made}): {added} account(s) added, {updated} updated, {deleted} deleted, {conflicts} conflict(s)</source>
        <translation>Получен {file} от {source} (создан {made}): клиентов добавлено — {added}, обновлено — {updated}, удалено — {deleted}, конфликтов — {conflicts}</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>, {count} person(s) erased</source>
        <translation>, стёрто людей — {count}</translation>
    </message>
    <message>
        <source>held back: {name}: the sender had not yet received the erasure of a person there; its changes come with its next bundle</source>
        <translation>отложен: {name}: отправитель ещё не получил стирание человека у этого клиента; изменения придут с его следующим пакетом</translation>
    </message>
    <message>
        <source>in use: {value} ({by}, {at})</source>
        <translation>действует: {value} ({by}, {at})</translation>
    </message>
    <message>
        <source>other: {value} ({by}, {at})</source>
        <translation>другое: {value} ({by}, {at})</translation>
    </message>
    <message>
        <source>deleted: {name}</source>
        <translation>удалён: {name}</translation>
    </message>
    <message>
        <source>, switched</source>
        <translation>, заменено</translation>
    </message>
    <message>
        <source>updated: {name}: {added} record(s) added, {changed} changed, {deleted} deleted, {conflicts} conflict(s)</source>
        <translation>обновлён: {name}: записей добавлено — {added}, изменено — {changed}, удалено — {deleted}, конфликтов — {conflicts}</translation>
    </message>
    <message>
        <source>{file}: CSV, {encoding}, delimiter {delimiter}, header on line {line}, {rows} rows</source>
        <translation>{file}: CSV, {encoding}, разделитель {delimiter}, заголовок в строке {line}, строк: {rows}</translation>
    </message>
    <message>
        <source>{file}: XLSX, sheet {sheet}, header on row {line}, {rows} rows</source>
        <translation>{file}: XLSX, лист {sheet}, заголовок в строке {line}, строк: {rows}</translation>
    </message>
    <message>
        <source>line {line}, {column}</source>
        <translation>строка {line}, {column}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <source>{bad} bad row(s), nothing imported: fix the file, or pass --skip-bad to import the {good} good row(s) only</source>
        <translation>ошибочных строк: {bad}, ничего не импортировано: исправьте файл или укажите --skip-bad, чтобы импортировать только верные строки ({good})</translation>
    </message>
    <message>
        <source>Imported {rows} row(s): {accounts_added} accounts added, {accounts_updated} updated; {contacts_added} contacts added, {contacts_updated} updated</source>
        <translation>Импортировано строк: {rows}; клиентов добавлено — {accounts_added}, обновлено — {accounts_updated}; контактов добавлено — {contacts_added}, обновлено — {contacts_updated}</translation>
    </message>
    <message>
        <source>Imported {rows} row(s): {added} deals added, {updated} updated, {same} unchanged</source>
        <translation>Импортировано строк: {rows}; сделок добавлено — {added}, обновлено — {updated}, без изменений — {same}</translation>
    </message>
    <message>
        <source>{count} row(s) written to {path}</source>
        <translation>Записано строк: {count}, файл {path}</translation>
    </message>
    <message>
        <source>{count} event(s) written to {path}</source>
        <translation>Записано событий: {count}, файл {path}</translation>
    </message>
    <message>
        <source>good rows: {good}, bad rows: {bad}</source>
        <translation>верных строк: {good}, ошибочных: {bad}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный прогон: ничего не записано.</translation>
    </message>
    <message>
        <source>accounts to add: {add}, to update: {update}, unchanged: {same}</source>
        <translation>клиентов добавить — {add}, обновить — {update}, без изменений — {same}</translation>
    </message>
    <message>
        <source>contacts to add: {add}, to update: {update}</source>
        <translation>контактов добавить — {add}, обновить — {update}</translation>
    </message>
    <message>
        <source>deals to add: {add}, to update: {update}, unchanged: {same}, of {accounts} account(s)</source>
        <translation>сделок добавить — {add}, обновить — {update}, без изменений — {same}; клиентов: {accounts}</translation>
    </message>
    <message>
        <source>no account has the owner {owner}</source>
        <translation>ни у одного клиента нет ответственного {owner}</translation>
    </message>
    <message>
        <source>No backups of {path} yet. `kam-desktop backup` writes one.</source>
        <translation>Резервных копий {path} пока нет. `kam-desktop backup` запишет первую.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}</source>
        <translation>{backup} восстановлена в {path}</translation>
    </message>
    <message>
        <source>Restored {backup} into {path} (migrated to the current schema)</source>
        <translation>{backup} восстановлена в {path} (с переходом на текущую схему)</translation>
    </message>
    <message>
        <source>The damaged database as it was is kept as {path}</source>
        <translation>Повреждённая база данных сохранена как есть: {path}</translation>
    </message>
    <message>
        <source>The database as it was is kept as the backup {path}</source>
        <translation>Прежняя база данных сохранена как резервная копия {path}</translation>
    </message>
    <message>
        <source>What we keep about {name} ({count} account(s)) written to {path}</source>
        <translation>Всё, что мы храним о человеке {name} (клиентов: {count}), записано в {path}</translation>
    </message>
    <message>
        <source>{count} person(s) erased since the backup was taken were erased again</source>
        <translation>Стёрто снова людей, стёртых после создания копии: {count}</translation>
    </message>
    <message>
        <source>there is no such backup</source>
        <translation>такой резервной копии нет</translation>
    </message>
    <message>
        <source>the file is not a sound database ({reason}); nothing was restored</source>
        <translation>файл — не исправная база данных ({reason}); ничего не восстановлено</translation>
    </message>
    <message>
        <source>the backup fails the integrity check ({reason}); nothing was restored</source>
        <translation>резервная копия не прошла проверку целостности ({reason}); ничего не восстановлено</translation>
    </message>
    <message>
        <source>the file is not a KAM Desktop database; nothing was restored</source>
        <translation>файл — не база данных KAM Desktop; ничего не восстановлено</translation>
    </message>
    <message>
        <source>the backup was written by a newer version of KAM Desktop; nothing was restored</source>
        <translation>резервная копия создана более новой версией KAM Desktop; ничего не восстановлено</translation>
    </message>
    <message>
        <source>write to a file ending in .pdf or .json</source>
        <translation>укажите файл с расширением .pdf или .json</translation>
    </message>
    <message>
        <source>{text} is not a period: write a year (2025), a quarter (2025-Q3) or a date (2025-03-14)</source>
        <translation>{text} — не период: укажите год (2025), квартал (2025-Q3) или дату (2025-03-14)</translation>
    </message>
    <message>
        <source>{value} is not a rate: write a number above zero with at most eight decimal places</source>
        <translation>{value} — не курс: укажите число больше нуля, не более восьми знаков после запятой</translation>
    </message>
    <message>
        <source>a rate of {currency} to itself is always 1</source>
        <translation>курс {currency} к самой себе всегда 1</translation>
    </message>
    <message>
        <source>the rate is no longer there</source>
        <translation>этого курса уже нет</translation>
    </message>
    <message>
        <source>no column of {field}: the file&apos;s columns are {headers}</source>
        <translation>нет столбца {field}: в файле столбцы {headers}</translation>
    </message>
    <message>
        <source>the file names no currency: name it (such as EUR)</source>
        <translation>в файле не указана валюта: укажите её (например, EUR)</translation>
    </message>
    <message>
        <source>the file has no rates</source>
        <translation>в файле нет курсов</translation>
    </message>
    <message>
        <source>{file}: {read} rate(s) read, {changed} new or changed</source>
        <translation>{file}: прочитано курсов: {read}, новых или изменённых: {changed}</translation>
    </message>
    <message>
        <source>No exchange rates. Try `kam-desktop rates import FILE --currency EUR`.</source>
        <translation>Курсов валют нет. Загрузите их: `kam-desktop rates import ФАЙЛ --currency EUR`.</translation>
    </message>
    <message>
        <source>{url} is not a database address such as postgresql+psycopg://user@host/database</source>
        <translation>{url} — не адрес базы данных вида postgresql+psycopg://пользователь@сервер/база</translation>
    </message>
    <message>
        <source>{url} names no database</source>
        <translation>в адресе {url} не указана база данных</translation>
    </message>
    <message>
        <source>cannot reach the team server {server}: {reason}</source>
        <translation>не удаётся связаться с сервером команды {server}: {reason}</translation>
    </message>
    <message>
        <source>the team server {server} has no database {name}</source>
        <translation>на сервере команды {server} нет базы данных {name}</translation>
    </message>
    <message>
        <source>the team server {server} does not know the login {name}</source>
        <translation>сервер команды {server} не знает логина {name}</translation>
    </message>
    <message>
        <source>the team server {server} refused the password of {name}</source>
        <translation>сервер команды {server} не принял пароль пользователя {name}</translation>
    </message>
    <message>
        <source>no team server answers at {server}</source>
        <translation>сервер команды {server} не отвечает</translation>
    </message>
    <message>
        <source>the team server {server} refused: {reason}</source>
        <translation>сервер команды {server} отказал: {reason}</translation>
    </message>
    <message>
        <source>the database {server} holds tables of another program; KAM Desktop leaves it untouched</source>
        <translation>в базе данных {server} таблицы другой программы; KAM Desktop её не трогает</translation>
    </message>
    <message>
        <source>the team server {server} was set up by a newer version of KAM Desktop; update KAM Desktop</source>
        <translation>сервер команды {server} настроен более новой версией KAM Desktop; обновите KAM Desktop</translation>
    </message>
    <message>
        <source>the team server {server} is not set up: run kam-desktop server init first</source>
        <translation>сервер команды {server} не настроен: сначала выполните kam-desktop server init</translation>
    </message>
    <message>
        <source>the team server {server} has an older schema: run kam-desktop server init to bring it up to date</source>
        <translation>у сервера команды {server} устаревшая схема базы: обновите её командой kam-desktop server init</translation>
    </message>
    <message>
        <source>Team server ready: {server} (schema {schema}, replica {replica})</source>
        <translation>Сервер команды готов: {server} (схема {schema}, реплика {replica})</translation>
    </message>
    <message>
        <source>{login} works on {server} as {person}, head of sales</source>
        <translation>{login} работает на {server} как {person}, руководитель отдела продаж</translation>
    </message>
    <message>
        <source>{login} works on {server} as {person}, manager</source>
        <translation>{login} работает на {server} как {person}, менеджер</translation>
    </message>
    <message>
        <source>Nothing to push: {server} has every change of this laptop</source>
        <translation>Нечего отправлять: на {server} уже есть все изменения этого ноутбука</translation>
    </message>
    <message>
        <source>Nothing to pull: this laptop has every change of {server}</source>
        <translation>Нечего получать: на этом ноутбуке уже есть все изменения с {server}</translation>
    </message>
    <message>
        <source>Pushed to {server}: {added} account(s) added, {updated} updated, {deleted} deleted, {conflicts} conflict(s)</source>
        <translation>Отправлено на {server}: клиентов добавлено — {added}, обновлено — {updated}, удалено — {deleted}, конфликтов — {conflicts}</translation>
    </message>
    <message>
        <source>Pulled from {server}: {added} account(s) added, {updated} updated, {deleted} deleted, {conflicts} conflict(s)</source>
        <translation>Получено с {server}: клиентов добавлено — {added}, обновлено — {updated}, удалено — {deleted}, конфликтов — {conflicts}</translation>
    </message>
</context>
<context>
    <name>person</name>
    <message>
        <source>What we keep about {name}</source>
        <translation>Что мы храним о человеке: {name}</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Ничего не выгружено</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Language</source>
        <extracomment>the Preferences page of the plan reviews and the hand-over triggers</extracomment>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Cooling after</source>
        <translation>Охлаждение через</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>An account is cooling when nobody has met its leader or specifier for longer.</source>
        <translation>Отношения с клиентом остывают, если дольше этого никто не встречался с его лидером или спецификатором.</translation>
    </message>
    <message>
        <source>Workload norm per KAM</source>
        <translation>Норма нагрузки на KAM</translation>
    </message>
    <message>
        <source> typical accounts</source>
        <translation> типовых клиентов</translation>
    </message>
    <message>
        <source>How much one KAM can carry. A typical account weighs 1; the workload factors in each dossier make an account lighter (down to 0.5) or heavier (up to 2).</source>
        <translation>Сколько может вести один KAM. Типовой клиент весит 1; факторы нагрузки в досье делают клиента легче (до 0,5) или тяжелее (до 2).</translation>
    </message>
    <message>
        <source>Cost of a person-day</source>
        <translation>Стоимость человеко-дня</translation>
    </message>
    <message>
        <source>What a day of one of our people costs, in the account&apos;s currency: an opportunity&apos;s priority weighs the people and days it needs beside its money.</source>
        <translation>Во что обходится день работы одного нашего сотрудника, в валюте клиента: приоритет возможности учитывает нужных людей и дни наравне с деньгами.</translation>
    </message>
    <message>
        <source>Hand over after</source>
        <translation>Передавать клиента после</translation>
    </message>
    <message>
        <source> deals</source>
        <translation> сд.</translation>
    </message>
    <message>
        <source>Today proposes handing a prospect over to a client manager once it has this many deals (1: the contract is signed). 0: never.</source>
        <translation>«Сегодня» предложит передать потенциального клиента клиентскому менеджеру, когда у него будет столько сделок (1 — договор заключён). 0 — никогда.</translation>
    </message>
    <message>
        <source>Hand over at orders of</source>
        <translation>Передавать при заказах на</translation>
    </message>
    <message>
        <source> a year</source>
        <translation> в год</translation>
    </message>
    <message>
        <source>…when its deals of the last 12 months add up to this amount, in the account&apos;s currency. 0: never.</source>
        <translation>…когда его сделки за последние 12 месяцев составят эту сумму в валюте клиента. 0 — никогда.</translation>
    </message>
    <message>
        <source>Hand over at a share of wallet of</source>
        <translation>Передавать при доле в закупках</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>…when its deals of the last 12 months reach this share of its purchase potential. 0: never.</source>
        <translation>…когда его сделки за последние 12 месяцев достигнут этой доли потенциала закупок. 0 — никогда.</translation>
    </message>
    <message>
        <source>Hand over a regular client after</source>
        <translation>Передавать постоянного клиента через</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>…when it has bought at least twice, within the last 12 months too, and its first deal is this many months old. 0: never.</source>
        <translation>…когда он купил не менее двух раз, в том числе за последние 12 месяцев, а первой сделке столько месяцев. 0 — никогда.</translation>
    </message>
    <message>
        <source>How often the written plan of an account of this category is reviewed with the team; Today reminds you when it is due.</source>
        <translation>Как часто план клиента этой категории разбирают с командой; «Сегодня» напомнит, когда срок подойдёт.</translation>
    </message>
    <message>
        <source>Review key accounts&apos; plans every</source>
        <translation>Разбор планов ключевых — раз в</translation>
    </message>
    <message>
        <source>Review developing accounts&apos; plans every</source>
        <translation>Разбор планов развивающихся ключевых — раз в</translation>
    </message>
    <message>
        <source>Review maintained accounts&apos; plans every</source>
        <translation>Разбор планов поддерживаемых — раз в</translation>
    </message>
    <message>
        <source>Review occasional accounts&apos; plans every</source>
        <translation>Разбор планов эпизодических — раз в</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>As it is written in the accounts&apos; Owner field and account teams: your accounts are those you own or whose team you are on. The reports name you as their author.</source>
        <translation>Так, как оно записано в поле «Ответственный» и в командах по клиентам: ваши клиенты — те, за которых вы отвечаете или в команде по которым состоите. Отчёты называют вас своим автором.</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Наша компания</translation>
    </message>
    <message>
        <source>Named on the cover and at the foot of every page of the value dossier.</source>
        <translation>Указывается на обложке и внизу каждой страницы стоимостного досье.</translation>
    </message>
    <message>
        <source>Our logo</source>
        <translation>Наш логотип</translation>
    </message>
    <message>
        <source>A PNG, SVG or JPEG picture for the cover of the value dossier.</source>
        <translation>Изображение PNG, SVG или JPEG для обложки стоимостного досье.</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>Ваша должность</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Ваш телефон</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Ваша эл. почта</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s name or address, as your administrator gave it.</source>
        <translation>Имя или адрес сервера PostgreSQL, как их сообщил администратор.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s port: 5432 unless your administrator says otherwise.</source>
        <translation>Порт PostgreSQL: 5432, если администратор не сообщил другой.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>The database of the team&apos;s portfolio on that server.</source>
        <translation>База данных портфеля команды на этом сервере.</translation>
    </message>
    <message>
        <source>Your login</source>
        <translation>Ваш логин</translation>
    </message>
    <message>
        <source>Your own PostgreSQL login, as your administrator created it: it decides which accounts the server lets you see.</source>
        <translation>Ваш собственный логин PostgreSQL, созданный администратором: от него зависит, каких клиентов сервер вам покажет.</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>Serves our long-term plans: it gets our time, people and money first.</source>
        <translation>Работает на наши долгосрочные планы: время, люди и деньги — в первую очередь ему.</translation>
    </message>
    <message>
        <source>Would be key if we were a more attractive supplier: work on what would make us one.</source>
        <translation>Стал бы ключевым, будь мы для него более привлекательным поставщиком: работайте над тем, что сделает нас таким.</translation>
    </message>
    <message>
        <source>Loyal for years: serve it well at low cost and free resources for other accounts.</source>
        <translation>Лоялен годами: обслуживайте качественно и с небольшими затратами, высвобождая ресурсы для других клиентов.</translation>
    </message>
    <message>
        <source>Serve it when it pays, and promise nothing we cannot keep.</source>
        <translation>Обслуживайте, когда это выгодно, и не обещайте того, что не сможем выполнить.</translation>
    </message>
    <message>
        <source>What drives the client&apos;s choice of supplier? It tells how to serve it.</source>
        <translation>Что движет клиентом при выборе поставщика? От этого зависит, как его обслуживать.</translation>
    </message>
    <message>
        <source>Buys on the lowest price alone and seeks no lasting relationship: its value to us is doubtful. Keep the offer lean and invest nothing ahead.</source>
        <translation>Покупает только по самой низкой цене и к устойчивым отношениям не стремится: ценность такого клиента для нас сомнительна. Держите предложение скромным и не вкладывайтесь заранее.</translation>
    </message>
    <message>
        <source>Wants the new: tell it first of new products, consult it on market trends, invite it to pilots — but do not count on a long relationship.</source>
        <translation>Ищет новое: первым сообщайте о новых продуктах, советуйтесь о тенденциях рынка, зовите в пилотные проекты — но на долгие отношения не рассчитывайте.</translation>
    </message>
    <message>
        <source>Wants closeness: invitations, first-hand information, bonuses.</source>
        <translation>Ценит близость: приглашения, информация из первых рук, бонусы.</translation>
    </message>
    <message>
        <source>Loyal and wary of change: avoid surprises and treat it as especially important.</source>
        <translation>Лоялен и не любит перемен: избегайте неожиданностей и обслуживайте как особо важного клиента.</translation>
    </message>
    <message>
        <source>{change} pp</source>
        <translation>{change} п. п.</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <source>The database {path} is open in another KAM Desktop window, which does not answer. Close it, or end it in the task manager.</source>
        <extracomment>the largest of the icon&apos;s sizes the first screen is shown with: a title bar, a task bar and a switcher show these; the larger ones follow once it is drawn (see window_icon)</extracomment>
        <translation>База данных {path} открыта в другом окне KAM Desktop, которое не отвечает. Закройте его или завершите в диспетчере задач.</translation>
    </message>
    <message>
        <source>Cannot open the database {path}:
{error}</source>
        <translation>Не удаётся открыть базу данных {path}:
{error}</translation>
    </message>
</context>
<context>
    <name>today_actions</name>
    <message>
        <source>Mark done from Today: {count}</source>
        <translation>Выполнено из списка «Сегодня»: {count}</translation>
    </message>
    <message>
        <source>Postpone from Today: {count}</source>
        <translation>Перенос из списка «Сегодня»: {count}</translation>
    </message>
    <message>
        <source>Postpone to</source>
        <translation>Перенести на</translation>
    </message>
</context>
</TS>
