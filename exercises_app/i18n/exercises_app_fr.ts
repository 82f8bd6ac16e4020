<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../gui/about_dialog.py" line="16"/>
        <source>About Exercises</source>
        <translation>À propos d’Exercices</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="22"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="30"/>
        <source>Exercises for back and neck</source>
        <translation>Exercices pour le dos et le cou</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="32"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="33"/>
        <source>Home exercise programmes for back and neck pain, kept on this computer. Nothing is sent anywhere.</source>
        <translation>Programmes d’exercices à domicile pour les douleurs au dos et au cou, conservés sur cet ordinateur. Rien n’est envoyé ailleurs.</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="35"/>
        <source>Not a medical device. This app helps you follow exercises a health professional has prescribed. It does not diagnose or treat, and it does not replace their advice.</source>
        <translation>Ce n’est pas un instrument médical. Cette application vous aide à suivre les exercices prescrits par un professionnel de la santé. Elle ne pose pas de diagnostic, ne traite pas et ne remplace pas ses conseils.</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="37"/>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Licence : GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="38"/>
        <source>Data folder: {folder}</source>
        <translation>Dossier des données : {folder}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../gui/app.py" line="166"/>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
</context>
<context>
    <name>DoseStepDialog</name>
    <message>
        <location filename="../gui/dose_step_dialog.py" line="41"/>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <location filename="../gui/dose_step_dialog.py" line="62"/>
        <source>No, keep {amount}</source>
        <translation>Non, garder {amount}</translation>
    </message>
    <message>
        <location filename="../gui/dose_step_dialog.py" line="71"/>
        <source>Start the session</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <location filename="../gui/dose_step_dialog.py" line="71"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../gui/dose_step_dialog.py" line="84"/>
        <source>You did it in {done} of your {expected} sessions this past week and your pain is steady ({start} at the start of your programme, {latest} lately). Your physiotherapist allows up to {limit}.</source>
        <translation>Vous l’avez fait à {done} de vos {expected} séances cette semaine et votre douleur est stable ({start} au début de votre programme, {latest} ces derniers jours). Votre physiothérapeute permet d’aller jusqu’à {limit}.</translation>
    </message>
    <message>
        <location filename="../gui/dose_step_dialog.py" line="90"/>
        <source>You reported pain, numbness or tingling spreading down your leg or into your arm.</source>
        <translation>Vous avez signalé une douleur, un engourdissement ou des picotements qui descendent dans la jambe ou dans le bras.</translation>
    </message>
    <message>
        <location filename="../gui/dose_step_dialog.py" line="92"/>
        <source>Your pain is up ({start} at the start of your programme, {latest} lately).</source>
        <translation>Votre douleur a augmenté ({start} au début de votre programme, {latest} ces derniers jours).</translation>
    </message>
    <message>
        <location filename="../gui/dose_step_dialog.py" line="94"/>
        <source>Do less for now, and contact your physiotherapist if it does not settle.</source>
        <translation>Faites-en moins pour l’instant et communiquez avec votre physiothérapeute si cela ne se calme pas.</translation>
    </message>
    <message>
        <location filename="../gui/dose_step_dialog.py" line="96"/>
        <source>An easier exercise may suit you better for now: {name}. Ask your physiotherapist before you change.</source>
        <translation>Un exercice plus facile pourrait mieux vous convenir pour l’instant : {name}. Demandez à votre physiothérapeute avant de changer.</translation>
    </message>
    <message>
        <location filename="../gui/dose_step_dialog.py" line="103"/>
        <source>Yes, try {amount} from today</source>
        <translation>Oui, essayer {amount} dès aujourd’hui</translation>
    </message>
    <message>
        <location filename="../gui/dose_step_dialog.py" line="104"/>
        <source>Yes, do {amount} from today</source>
        <translation>Oui, faire {amount} dès aujourd’hui</translation>
    </message>
</context>
<context>
    <name>ExcuseDialog</name>
    <message>
        <location filename="../gui/excuse_dialog.py" line="35"/>
        <source>A day off your exercises</source>
        <translation>Un jour sans exercices</translation>
    </message>
    <message>
        <location filename="../gui/excuse_dialog.py" line="36"/>
        <source>Days you mark here do not count against you in your history and your physiotherapist&apos;s report. Mark them only when you cannot do your exercises.</source>
        <translation>Les jours indiqués ici ne comptent pas contre vous dans votre historique ni dans le rapport pour votre physiothérapeute. Indiquez-les seulement quand vous ne pouvez pas faire vos exercices.</translation>
    </message>
    <message>
        <location filename="../gui/excuse_dialog.py" line="42"/>
        <source>I&apos;m ill</source>
        <translation>Je suis malade</translation>
    </message>
    <message>
        <location filename="../gui/excuse_dialog.py" line="42"/>
        <source>I&apos;m on holiday or away</source>
        <translation>Je suis en vacances ou absent</translation>
    </message>
    <message>
        <location filename="../gui/excuse_dialog.py" line="43"/>
        <source>My physiotherapist advised a rest day</source>
        <translation>Mon physiothérapeute m’a conseillé un jour de repos</translation>
    </message>
    <message>
        <location filename="../gui/excuse_dialog.py" line="57"/>
        <source>Last day off</source>
        <translation>Dernier jour de congé</translation>
    </message>
    <message>
        <location filename="../gui/excuse_dialog.py" line="59"/>
        <source>Until (the last day off):</source>
        <translation>Jusqu’au (dernier jour de congé) :</translation>
    </message>
    <message>
        <location filename="../gui/excuse_dialog.py" line="61"/>
        <source>Mark these days</source>
        <translation>Indiquer ces jours</translation>
    </message>
    <message>
        <location filename="../gui/excuse_dialog.py" line="61"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../gui/export_dialog.py" line="22"/>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <location filename="../gui/export_dialog.py" line="23"/>
        <source>The record is not available.</source>
        <translation>Le registre n’est pas accessible.</translation>
    </message>
    <message>
        <location filename="../gui/export_dialog.py" line="29"/>
        <source>Export record as CSV</source>
        <translation>Exporter le registre en CSV</translation>
    </message>
    <message>
        <location filename="../gui/export_dialog.py" line="42"/>
        <source>Could not export</source>
        <translation>Impossible d’exporter</translation>
    </message>
    <message>
        <location filename="../gui/export_dialog.py" line="47"/>
        <source>Record exported</source>
        <translation>Registre exporté</translation>
    </message>
    <message>
        <location filename="../gui/export_dialog.py" line="48"/>
        <source>{rows} rows written to {path}</source>
        <translation>{rows} lignes écrites dans {path}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../gui/first_start_dialog.py" line="21"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location filename="../gui/first_start_dialog.py" line="29"/>
        <source>How do you want to start?</source>
        <translation>Comment voulez-vous commencer?</translation>
    </message>
    <message>
        <location filename="../gui/first_start_dialog.py" line="31"/>
        <source>This app follows a home exercise programme for back or neck pain. Nothing you record leaves this computer.</source>
        <translation>Cette application vous accompagne dans un programme d’exercices à domicile pour le mal de dos ou de cou. Rien de ce que vous notez ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../gui/first_start_dialog.py" line="41"/>
        <source>I have a programme file from my physiotherapist</source>
        <translation>J’ai un fichier de programme de mon physiothérapeute</translation>
    </message>
    <message>
        <location filename="../gui/first_start_dialog.py" line="42"/>
        <source>Open the file you were given; the app follows it.</source>
        <translation>Ouvrez le fichier qu’on vous a remis; l’application le suit.</translation>
    </message>
    <message>
        <location filename="../gui/first_start_dialog.py" line="43"/>
        <source>Show me the clinic guide&apos;s exercises as an example</source>
        <translation>Montrez-moi les exercices du guide de la clinique, comme exemple</translation>
    </message>
    <message>
        <location filename="../gui/first_start_dialog.py" line="44"/>
        <source>Seven common back exercises, not chosen for you: check with a physiotherapist before following them.</source>
        <translation>Sept exercices courants pour le dos, qui n’ont pas été choisis pour vous : vérifiez auprès d’un physiothérapeute avant de les faire.</translation>
    </message>
    <message>
        <location filename="../gui/first_start_dialog.py" line="46"/>
        <source>I&apos;m a physiotherapist</source>
        <translation>Je suis physiothérapeute</translation>
    </message>
    <message>
        <location filename="../gui/first_start_dialog.py" line="47"/>
        <source>Build a programme from a template, print it and save the file for your patient.</source>
        <translation>Créez un programme à partir d’un modèle, imprimez-le et enregistrez le fichier pour votre patient.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../gui/formatting.py" line="40"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>HandoutOptions</name>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="34"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="35"/>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="36"/>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
</context>
<context>
    <name>HandoutOptionsDialog</name>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="46"/>
        <source>Print the handout</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="48"/>
        <source>One exercise a page, with every instruction, precaution and tip.</source>
        <translation>Un exercice par page, avec toutes les consignes, précautions et conseils.</translation>
    </message>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="49"/>
        <source>Up to three exercises a page: the drawings, the dose, the steps and when to stop.</source>
        <translation>Jusqu’à trois exercices par page : les dessins, la dose, les étapes et quand arrêter.</translation>
    </message>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="50"/>
        <source>Large print for low vision: text at 14 points or more, large drawings, one column.</source>
        <translation>Gros caractères pour la basse vision : texte de 14 points ou plus, grands dessins, une seule colonne.</translation>
    </message>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="68"/>
        <source>Letter (Canada, United States)</source>
        <translation>Lettre (Canada, États-Unis)</translation>
    </message>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="71"/>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="72"/>
        <source>Language of the handout</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="73"/>
        <source>Set on the “Patient, clinic and notes” tab.</source>
        <translation>Elle se choisit dans l’onglet « Patient, clinique et notes ».</translation>
    </message>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="76"/>
        <location filename="../gui/handout_options_dialog.py" line="77"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../gui/handout_options_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../gui/help_dialog.py" line="15"/>
        <location filename="../gui/help_dialog.py" line="18"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="21"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="32"/>
        <source>Following a session</source>
        <translation>Suivre une séance</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="33"/>
        <source>On the Today page, press Start for the session you want, or open the Session page and press Start.</source>
        <translation>À la page Aujourd’hui, appuyez sur Commencer pour la séance voulue, ou ouvrez la page Séance et appuyez sur Commencer.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="35"/>
        <source>The large number counts down the seconds of the current step. The drawing moves at the pace to follow.</source>
        <translation>Le grand nombre compte à rebours les secondes de l’étape en cours. Le dessin bouge au rythme à suivre.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="37"/>
        <source>You do not need to touch the keyboard: the screen and the sounds tell you when to move, hold and relax.</source>
        <translation>Vous n’avez pas besoin de toucher au clavier : l’écran et les sons vous disent quand bouger, tenir et relâcher.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="39"/>
        <source>At the end, rate your pain from 0 to 10 and add a note if you wish. Everything is saved at once.</source>
        <translation>À la fin, notez votre douleur de 0 à 10 et ajoutez une note si vous le souhaitez. Tout est enregistré aussitôt.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="42"/>
        <source>What the sounds mean</source>
        <translation>Ce que veulent dire les sons</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="43"/>
        <source>Two rising notes: start moving, or hold the position.</source>
        <translation>Deux notes montantes : commencez à bouger, ou tenez la position.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="44"/>
        <source>Two falling notes: relax, rest, or change sides.</source>
        <translation>Deux notes descendantes : relâchez, reposez-vous ou changez de côté.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="45"/>
        <source>A short high tick: each of the last three seconds of a hold.</source>
        <translation>Un petit bip aigu : chacune des trois dernières secondes d’une position tenue.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="46"/>
        <source>Three rising notes: the exercise is done.</source>
        <translation>Trois notes montantes : l’exercice est terminé.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="47"/>
        <source>Each sound also flashes the countdown panel, so nothing is missed with the sound off.</source>
        <translation>Chaque son fait aussi clignoter le panneau du compte à rebours; rien n’est manqué si le son est coupé.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="49"/>
        <source>Keys during a session</source>
        <translation>Touches pendant une séance</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="50"/>
        <source>Space: pause or resume.</source>
        <translation>Espace : pause ou reprise.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="51"/>
        <source>Right arrow: skip to the next exercise. Left arrow: go back one exercise.</source>
        <translation>Flèche droite : passer à l’exercice suivant. Flèche gauche : revenir à l’exercice précédent.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="52"/>
        <source>Escape: end the session (you are asked first; what you did is kept).</source>
        <translation>Échap : terminer la séance (on vous le demande d’abord; ce que vous avez fait est conservé).</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="53"/>
        <source>Ctrl+1 to Ctrl+5 switch between Today, Session, History, Programme and Library.</source>
        <translation>Ctrl+1 à Ctrl+5 passent d’une page à l’autre : Aujourd’hui, Séance, Historique, Programme et Bibliothèque.</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="57"/>
        <source>When to stop</source>
        <translation>Quand arrêter</translation>
    </message>
    <message>
        <location filename="../gui/help_dialog.py" line="58"/>
        <source>Help &gt; When to stop and seek care lists the warning signs that need a doctor.</source>
        <translation>Aide &gt; Quand arrêter et consulter présente les signes d’alerte qui demandent un médecin.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../gui/history_view.py" line="224"/>
        <source>Warning: contact your physiotherapist</source>
        <translation>Attention : communiquez avec votre physiothérapeute</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="244"/>
        <source>The selected day</source>
        <translation>Le jour choisi</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="250"/>
        <source>Sessions done each day</source>
        <translation>Séances faites chaque jour</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="261"/>
        <source>Current streak</source>
        <translation>Jours d’affilée</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="262"/>
        <source>days in a row</source>
        <translation>en ce moment</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="263"/>
        <source>Longest streak</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="264"/>
        <source>best run so far</source>
        <translation>le plus de jours d’affilée</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="267"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="267"/>
        <source>Sessions done</source>
        <translation>Séances faites</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="267"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="268"/>
        <source>Sessions done each week</source>
        <translation>Séances faites chaque semaine</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="285"/>
        <source>No week recorded yet.</source>
        <translation>Aucune semaine enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="294"/>
        <source>Sessions each week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="301"/>
        <source>Pain over the last %1 weeks</source>
        <translation>Douleur au cours des %1 dernières semaines</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="528"/>
        <source>Part of your record could not be read:</source>
        <translation>Une partie de votre registre n’a pas pu être lue :</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="534"/>
        <source>Counting</source>
        <translation>Calcul en cours</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="547"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="547"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="555"/>
        <source>Please contact your physiotherapist.</source>
        <translation>Veuillez communiquer avec votre physiothérapeute.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="560"/>
        <source>Your pain has gone up: your last rating was %1 out of 10, against %2 when you started.</source>
        <translation>Votre douleur a augmenté : votre dernière note était de %1 sur 10, contre %2 au début.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="562"/>
        <source>Your pain has gone up: your last %4 ratings average %1 out of 10, against %2 when you started.</source>
        <translation>Votre douleur a augmenté : vos %4 dernières notes donnent en moyenne %1 sur 10, contre %2 au début.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="564"/>
        <source>A rise of %3 points or more is the change that matters.</source>
        <translation>Une hausse de %3 points ou plus est le changement qui compte.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="574"/>
        <source>You reported a warning sign on %1.</source>
        <translation>Vous avez signalé un signe d’alerte le %1.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="576"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="578"/>
        <source>If you have not been seen yet, call 911 or go to the emergency department now.</source>
        <translation>Si vous n’avez pas encore été vu, appelez le 911 ou allez à l’urgence maintenant.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="581"/>
        <source>If you have not been seen yet, see a doctor today.</source>
        <translation>Si vous n’avez pas encore été vu, consultez un médecin aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="615"/>
        <source>This week (so far)</source>
        <translation>Cette semaine (jusqu’ici)</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="616"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="632"/>
        <source>%1: %2 sessions done, %3</source>
        <translation>%1 : %2 séances faites, %3</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="663"/>
        <source>Still to come.</source>
        <translation>À venir.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="668"/>
        <source>No exercise was prescribed.</source>
        <translation>Aucun exercice n’était prescrit.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="673"/>
        <source>a day off: ill</source>
        <translation>jour de congé : malade</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="673"/>
        <source>a day off: away</source>
        <translation>jour de congé : absent</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="674"/>
        <source>a day off: rest advised by the physiotherapist</source>
        <translation>jour de congé : repos conseillé par le physiothérapeute</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="682"/>
        <source>%1 of %2 exercises</source>
        <translation>%1 sur %2 exercices</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="682"/>
        <source>%1 of 1 exercise</source>
        <translation>%1 sur 1 exercice</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="688"/>
        <source>pain %1/10</source>
        <translation>douleur %1/10</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="692"/>
        <source>warning sign reported</source>
        <translation>signe d’alerte signalé</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="700"/>
        <source>No history to show.</source>
        <translation>Aucun historique à afficher.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="701"/>
        <source>The record of your exercises could not be opened, so nothing is being saved.</source>
        <translation>Le registre de vos exercices n’a pas pu être ouvert; rien n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="710"/>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <location filename="../gui/history_view.py" line="718"/>
        <source>Your record could not be read.</source>
        <translation>Votre registre n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>IllustrationWidget</name>
    <message>
        <location filename="../gui/widgets/illustration.py" line="194"/>
        <source>Exercise illustration</source>
        <translation>Illustration de l’exercice</translation>
    </message>
    <message>
        <location filename="../gui/widgets/illustration.py" line="405"/>
        <source>Pause animation (Space)</source>
        <translation>Mettre l’animation en pause (Espace)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/illustration.py" line="406"/>
        <source>Pause animation</source>
        <translation>Mettre l’animation en pause</translation>
    </message>
    <message>
        <location filename="../gui/widgets/illustration.py" line="409"/>
        <source>Play animation (Space)</source>
        <translation>Lire l’animation (Espace)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/illustration.py" line="410"/>
        <source>Play animation</source>
        <translation>Lire l’animation</translation>
    </message>
    <message>
        <location filename="../gui/widgets/illustration.py" line="430"/>
        <source>No illustration</source>
        <translation>Aucune illustration</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../gui/library_view.py" line="97"/>
        <location filename="../gui/library_view.py" line="98"/>
        <source>Search exercises</source>
        <translation>Rechercher un exercice</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="103"/>
        <source>Filter by body region</source>
        <translation>Filtrer par région du corps</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="104"/>
        <source>All body regions</source>
        <translation>Toutes les régions du corps</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="110"/>
        <source>Filter by position</source>
        <translation>Filtrer par position</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="111"/>
        <source>All positions</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="117"/>
        <source>Can be done without getting
down to the floor</source>
        <translation>Se fait sans descendre au sol</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="119"/>
        <source>Only exercises that can be done without getting down to the floor</source>
        <translation>Seulement les exercices qui se font sans descendre au sol</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="120"/>
        <source>Only exercises done standing or sitting on a chair</source>
        <translation>Seulement les exercices faits debout ou assis sur une chaise</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="126"/>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="157"/>
        <source>Exercise name</source>
        <translation>Nom de l’exercice</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="195"/>
        <source>When to stop and seek care</source>
        <translation>Quand arrêter et consulter</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="235"/>
        <source>The exercise library could not be loaded. Fix these problems and restart:</source>
        <translation>La bibliothèque d’exercices n’a pas pu être chargée. Corrigez ces problèmes et redémarrez :</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="237"/>
        <source>Your exercise library has problems, so the library that comes with the app is shown instead:</source>
        <translation>Votre bibliothèque d’exercices contient des erreurs; la bibliothèque fournie avec l’application est affichée à la place :</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/library_view.py" line="242"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="256"/>
        <source>{name} (my exercise)</source>
        <translation>{name} (mon exercice)</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="261"/>
        <source>1 exercise</source>
        <translation>1 exercice</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/library_view.py" line="261"/>
        <source>%n exercises</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="299"/>
        <source>Easier: {name}</source>
        <translation>Plus facile : {name}</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="300"/>
        <source>Harder: {name}</source>
        <translation>Plus difficile : {name}</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="331"/>
        <source>No exercise matches your search</source>
        <translation>Aucun exercice ne correspond à votre recherche</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="339"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="341"/>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="342"/>
        <source>Position:</source>
        <translation>Position :</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="343"/>
        <source>Equipment:</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="357"/>
        <source>Usual starting dose</source>
        <translation>Dose de départ habituelle</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="358"/>
        <source>Your physiotherapist may set a different dose.</source>
        <translation>Votre physiothérapeute peut prescrire une autre dose.</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="366"/>
        <source>Starting position</source>
        <translation>Position de départ</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="367"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="368"/>
        <source>Breathing and what to feel</source>
        <translation>Respiration et sensations</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="369"/>
        <source>Common mistakes</source>
        <translation>Erreurs fréquentes</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="372"/>
        <source>Easier or harder</source>
        <translation>Plus facile ou plus difficile</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="373"/>
        <source>Easier:</source>
        <translation>Plus facile :</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="374"/>
        <source>Harder:</source>
        <translation>Plus difficile :</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="375"/>
        <source>Precautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="377"/>
        <source>Stop and change position if</source>
        <translation>Arrêtez et changez de position si</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="378"/>
        <source>Stop and tell your physiotherapist if</source>
        <translation>Arrêtez et avisez votre physiothérapeute si</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="383"/>
        <source>Often used for</source>
        <translation>Souvent utilisé pour</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="384"/>
        <source>Take care with</source>
        <translation>Prudence en cas de</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="76"/>
        <source>Exercises for back and neck</source>
        <translation>Exercices pour le dos et le cou</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="82"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="95"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="96"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="97"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="98"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="99"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="121"/>
        <source>The exercise library has problems; the Library page lists them. First: {problem}</source>
        <translation>La bibliothèque d’exercices contient des erreurs; la page Bibliothèque les énumère. Première : {problem}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="129"/>
        <source>There is no programme yet: the exercise library has none of the clinic guide’s seven. Open a programme file with File › Open programme, or build one on the Programme page.</source>
        <translation>Il n’y a pas encore de programme : la bibliothèque d’exercices ne contient aucun des sept exercices du guide de la clinique. Ouvrez un fichier de programme avec Fichier › Ouvrir un programme, ou créez-en un à la page Programme.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="133"/>
        <source>Your file of own exercises could not be read, so it was set aside as {file}; File › My exercises says more. First problem: {problem}</source>
        <translation>Votre fichier d’exercices personnels n’a pas pu être lu; il a été mis de côté sous le nom {file}. Fichier › Mes exercices en dit plus. Premier problème : {problem}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="138"/>
        <source>The programme in use could not be read, so the clinic guide’s seven exercises are shown. Open the programme file again from File. Problem: {problem}</source>
        <translation>Le programme en cours n’a pas pu être lu; les sept exercices du guide de la clinique sont donc affichés. Rouvrez le fichier du programme à partir du menu Fichier. Problème : {problem}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="163"/>
        <source>There is no programme yet: the clinic guide’s example that comes with the app could not be read, so the installation may be damaged. Open a programme file with File › Open programme, or build one on the Programme page. Problem: {problem}</source>
        <translation>Il n’y a pas encore de programme : l’exemple du guide de la clinique fourni avec l’application n’a pas pu être lu, l’installation est donc peut-être endommagée. Ouvrez un fichier de programme avec Fichier › Ouvrir un programme, ou créez-en un à la page Programme. Problème : {problem}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="286"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="288"/>
        <source>&amp;Open programme…</source>
        <translation>&amp;Ouvrir un programme…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="289"/>
        <source>&amp;Print programme…</source>
        <translation>&amp;Imprimer le programme…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="290"/>
        <source>Save programme as P&amp;DF…</source>
        <translation>Enregistrer le programme en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="291"/>
        <source>&amp;Export record as CSV…</source>
        <translation>&amp;Exporter le registre en CSV…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="292"/>
        <source>Print follow-up &amp;report…</source>
        <translation>Imprimer le &amp;rapport de suivi…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="293"/>
        <source>Save follow-up report as PD&amp;F…</source>
        <translation>Enregistrer le rapport de suivi en PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="300"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="304"/>
        <source>&amp;My exercises…</source>
        <translation>&amp;Mes exercices…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="305"/>
        <source>Create your own exercises, with drawings made in the pose editor</source>
        <translation>Créez vos propres exercices, avec des dessins faits dans l’éditeur de postures</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="308"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="313"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="318"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="325"/>
        <source>&amp;Find exercise</source>
        <translation>&amp;Trouver un exercice</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="330"/>
        <location filename="../gui/main_window.py" line="331"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="335"/>
        <source>&amp;When to stop and seek care</source>
        <translation>&amp;Quand arrêter et consulter</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="339"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="505"/>
        <source>{name} (not found)</source>
        <translation>{name} (introuvable)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="512"/>
        <source>No recent programmes</source>
        <translation>Aucun programme récent</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="515"/>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="524"/>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="525"/>
        <source>{path} is no longer there; it is taken off the list.</source>
        <translation>{path} n’est plus là; il est retiré de la liste.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="564"/>
        <source>Follow this programme?</source>
        <translation>Suivre ce programme?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="565"/>
        <source>Follow “{title}” for your sessions from today? Today and the guided session will show its exercises and doses; your history is kept.</source>
        <translation>Suivre « {title} » pour vos séances à partir d’aujourd’hui? Aujourd’hui et la séance guidée montreront ses exercices et ses doses; votre historique est conservé.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="567"/>
        <source>Follow it</source>
        <translation>Le suivre</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="567"/>
        <source>Only look at it</source>
        <translation>Seulement le consulter</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="603"/>
        <source>The clinic logo is left off the handout: {problem}</source>
        <translation>Le logo de la clinique n’est pas imprimé sur le document : {problem}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="609"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="618"/>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="632"/>
        <source>Follow-up report</source>
        <translation>Rapport de suivi</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="667"/>
        <source>Restart to apply</source>
        <translation>Redémarrer pour appliquer</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="668"/>
        <source>The new language or text size takes effect when the app restarts. Restart now? Your window and records are kept.</source>
        <translation>La nouvelle langue ou taille du texte s’appliquera au redémarrage de l’application. Redémarrer maintenant? Votre fenêtre et vos données sont conservées.</translation>
    </message>
</context>
<context>
    <name>MissedRemindersDialog</name>
    <message>
        <location filename="../gui/reminders.py" line="261"/>
        <source>Missed reminders</source>
        <translation>Rappels manqués</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="265"/>
        <source>While the app was closed, these sessions were due and are not done yet:</source>
        <translation>Pendant que l’application était fermée, ces séances étaient prévues et ne sont pas encore faites :</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="278"/>
        <source>Open Today to start a session, or to tick what you did without the app.</source>
        <translation>Ouvrez Aujourd’hui pour commencer une séance ou cocher ce que vous avez fait sans l’application.</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="283"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="294"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="296"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="300"/>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="145"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="146"/>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page précédente)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="149"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="150"/>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suivante)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="154"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="243"/>
        <source>%1: still to come</source>
        <translation>%1 : à venir</translation>
    </message>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="245"/>
        <source>%1: no exercise prescribed</source>
        <translation>%1 : aucun exercice prescrit</translation>
    </message>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="246"/>
        <source>%1: %2 of 1 session done</source>
        <translation>%1 : %2 sur 1 séance faite</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/widgets/month_calendar.py" line="247"/>
        <source>%1: %2 of %n sessions done</source>
        <translation>
            <numerusform>%1 : %2 sur %n séance faite</numerusform>
            <numerusform>%1 : %2 sur %n séances faites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="272"/>
        <source>Calendar of %1</source>
        <translation>Calendrier de %1</translation>
    </message>
</context>
<context>
    <name>MyExercisesDialog</name>
    <message>
        <location filename="../gui/my_exercises_dialog.py" line="37"/>
        <location filename="../gui/my_exercises_dialog.py" line="56"/>
        <source>My exercises</source>
        <translation>Mes exercices</translation>
    </message>
    <message>
        <location filename="../gui/my_exercises_dialog.py" line="48"/>
        <source>Your file of own exercises could not be read, so it was set aside as {file}. First problem: {problem}</source>
        <translation>Votre fichier d’exercices personnels n’a pas pu être lu; il a été mis de côté sous le nom {file}. Premier problème : {problem}</translation>
    </message>
    <message>
        <location filename="../gui/my_exercises_dialog.py" line="52"/>
        <source>Your own exercises are kept in this computer’s data folder. A programme that prescribes one carries it in its file, drawings included.</source>
        <translation>Vos exercices personnels sont gardés dans le dossier de données de cet ordinateur. Un programme qui en prescrit un le transporte dans son fichier, dessins compris.</translation>
    </message>
    <message>
        <location filename="../gui/my_exercises_dialog.py" line="58"/>
        <source>New exercise…</source>
        <translation>Nouvel exercice…</translation>
    </message>
    <message>
        <location filename="../gui/my_exercises_dialog.py" line="60"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../gui/my_exercises_dialog.py" line="62"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../gui/my_exercises_dialog.py" line="122"/>
        <location filename="../gui/my_exercises_dialog.py" line="126"/>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../gui/my_exercises_dialog.py" line="148"/>
        <source>Delete exercise</source>
        <translation>Supprimer l’exercice</translation>
    </message>
    <message>
        <location filename="../gui/my_exercises_dialog.py" line="149"/>
        <source>Delete “{name}” from your exercises? Programme files that prescribe it keep their copy.</source>
        <translation>Supprimer « {name} » de vos exercices? Les fichiers de programme qui le prescrivent gardent leur copie.</translation>
    </message>
</context>
<context>
    <name>OwnExerciseDialog</name>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="57"/>
        <source>My exercise</source>
        <extracomment>The lists of texts of an exercise, with their heading in the form.</extracomment>
        <translation>Mon exercice</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="61"/>
        <source>Words</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="62"/>
        <source>Tags and dose</source>
        <translation>Catégories et dose</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="67"/>
        <source>Drawings</source>
        <translation>Dessins</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="92"/>
        <source>in English</source>
        <translation>en anglais</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="113"/>
        <source>&lt;b&gt;English&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anglais&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="92"/>
        <source>in French</source>
        <translation>en français</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="109"/>
        <source>Write in English, in French, or in both: a language left empty takes the other&apos;s words on screen and on paper.</source>
        <translation>Écrivez en anglais, en français ou dans les deux langues : une langue laissée vide prend les mots de l’autre, à l’écran et sur papier.</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="114"/>
        <source>&lt;b&gt;French&lt;/b&gt;</source>
        <translation>&lt;b&gt;Français&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="117"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="118"/>
        <source>Purpose, in one sentence</source>
        <translation>But, en une phrase</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="119"/>
        <source>Starting position</source>
        <translation>Position de départ</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="120"/>
        <source>Steps, one a line</source>
        <translation>Étapes, une par ligne</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="121"/>
        <source>Breathing and what to feel, one a line</source>
        <translation>Respiration et sensations, une par ligne</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="122"/>
        <source>Common mistakes, one a line</source>
        <translation>Erreurs fréquentes, une par ligne</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="123"/>
        <source>Precautions, one a line</source>
        <translation>Précautions, une par ligne</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="124"/>
        <source>Stop and tell your physiotherapist if, one a line</source>
        <translation>Arrêtez et avisez votre physiothérapeute si, un par ligne</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="125"/>
        <source>Stop and change position if (optional), one a line</source>
        <translation>Arrêtez et changez de position si (facultatif), un par ligne</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="126"/>
        <source>How to make it easier (optional)</source>
        <translation>Comment le rendre plus facile (facultatif)</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="127"/>
        <source>How to make it harder (optional)</source>
        <translation>Comment le rendre plus difficile (facultatif)</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="162"/>
        <location filename="../gui/own_exercise_dialog.py" line="170"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="182"/>
        <location filename="../gui/own_exercise_dialog.py" line="198"/>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="183"/>
        <location filename="../gui/own_exercise_dialog.py" line="198"/>
        <source>Commonly suits</source>
        <translation>Convient souvent à</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="184"/>
        <location filename="../gui/own_exercise_dialog.py" line="199"/>
        <source>Calls for caution with</source>
        <translation>Prudence en cas de</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="185"/>
        <location filename="../gui/own_exercise_dialog.py" line="200"/>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="186"/>
        <location filename="../gui/own_exercise_dialog.py" line="200"/>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="187"/>
        <location filename="../gui/own_exercise_dialog.py" line="201"/>
        <source>Hold (s)</source>
        <translation>Maintien (s)</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="188"/>
        <location filename="../gui/own_exercise_dialog.py" line="201"/>
        <source>Tempo (s per movement)</source>
        <translation>Tempo (s par mouvement)</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="189"/>
        <location filename="../gui/own_exercise_dialog.py" line="202"/>
        <source>Rest (s)</source>
        <translation>Repos (s)</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="190"/>
        <location filename="../gui/own_exercise_dialog.py" line="202"/>
        <source>Times a day</source>
        <translation>Fois par jour</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="191"/>
        <source>Done on each side</source>
        <translation>Fait de chaque côté</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="193"/>
        <location filename="../gui/own_exercise_dialog.py" line="204"/>
        <source>Easier version</source>
        <translation>Version plus facile</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="194"/>
        <location filename="../gui/own_exercise_dialog.py" line="204"/>
        <source>Harder version</source>
        <translation>Version plus difficile</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="197"/>
        <source>Body region</source>
        <translation>Région du corps</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="197"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="288"/>
        <source>Give both how to make it easier and how to make it harder, or neither.</source>
        <translation>Indiquez à la fois comment le rendre plus facile et plus difficile, ou ni l’un ni l’autre.</translation>
    </message>
    <message>
        <location filename="../gui/own_exercise_dialog.py" line="318"/>
        <source>The exercise cannot be saved yet</source>
        <translation>L’exercice ne peut pas encore être enregistré</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location filename="../gui/widgets/pain_chart.py" line="100"/>
        <source>Pain chart</source>
        <translation>Graphique de la douleur</translation>
    </message>
    <message>
        <location filename="../gui/widgets/pain_chart.py" line="134"/>
        <source>%4 days rated, from %1 to %2 out of 10; latest %3.</source>
        <translation>%4 jours notés, de %1 à %2 sur 10; dernière note %3.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/pain_chart.py" line="135"/>
        <source>1 day rated: %1 out of 10.</source>
        <translation>1 jour noté : %1 sur 10.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/pain_chart.py" line="139"/>
        <source>Baseline %1.</source>
        <translation>Niveau de départ %1.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/pain_chart.py" line="143"/>
        <source>No pain ratings in these weeks yet. Rate your pain after each session on the Today page.</source>
        <translation>Aucune note de douleur pour ces semaines. Notez votre douleur après chaque séance à la page Aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../gui/widgets/pain_chart.py" line="153"/>
        <source>Pain (day&apos;s average)</source>
        <translation>Douleur (moyenne du jour)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/pain_chart.py" line="149"/>
        <source>Your starting level %1</source>
        <translation>Votre niveau de départ %1</translation>
    </message>
    <message>
        <location filename="../gui/widgets/pain_chart.py" line="150"/>
        <source>Contact your physiotherapist at %1</source>
        <translation>Communiquez avec votre physiothérapeute à %1</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../gui/widgets/pain_scale.py" line="15"/>
        <source>Pain from 0 to 10</source>
        <translation>Douleur de 0 à 10</translation>
    </message>
    <message>
        <location filename="../gui/widgets/pain_scale.py" line="24"/>
        <source>Pain {value} of 10</source>
        <translation>Douleur {value} sur 10</translation>
    </message>
    <message>
        <location filename="../gui/widgets/pain_scale.py" line="29"/>
        <source>0 = no pain</source>
        <translation>0 = aucune douleur</translation>
    </message>
    <message>
        <location filename="../gui/widgets/pain_scale.py" line="31"/>
        <source>10 = worst pain imaginable</source>
        <translation>10 = pire douleur imaginable</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <location filename="../gui/widgets/pose_canvas.py" line="56"/>
        <source>Pose editor: drag a joint to move it</source>
        <translation>Éditeur de postures : faites glisser une articulation pour la bouger</translation>
    </message>
    <message>
        <location filename="../gui/widgets/pose_canvas.py" line="57"/>
        <source>Page Up and Page Down choose a joint; the arrow keys move it.</source>
        <translation>Page précédente et Page suivante choisissent une articulation; les flèches la déplacent.</translation>
    </message>
</context>
<context>
    <name>PoseEditor</name>
    <message>
        <location filename="../gui/pose_editor.py" line="100"/>
        <location filename="../gui/pose_editor.py" line="189"/>
        <location filename="../gui/pose_editor.py" line="310"/>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="103"/>
        <source>Add frame</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="104"/>
        <source>Add a frame: a copy of the one selected</source>
        <translation>Ajouter une image : une copie de celle sélectionnée</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="106"/>
        <source>Remove frame</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="108"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="110"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="114"/>
        <location filename="../gui/pose_editor.py" line="202"/>
        <source>Caption (English)</source>
        <translation>Légende (anglais)</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="115"/>
        <location filename="../gui/pose_editor.py" line="203"/>
        <source>Caption (French, optional)</source>
        <translation>Légende (français, facultatif)</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="122"/>
        <source>Near arm and leg</source>
        <translation>Bras et jambe proches</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="123"/>
        <source>Far arm and leg</source>
        <translation>Bras et jambe éloignés</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="129"/>
        <location filename="../gui/pose_editor.py" line="209"/>
        <source>Body angle</source>
        <translation>Angle du corps</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="129"/>
        <source>The direction of the pelvis: 90 upright, 0 or 180 lying</source>
        <translation>La direction du bassin : 90 debout, 0 ou 180 couché</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="132"/>
        <source>Set on the floor</source>
        <translation>Poser au sol</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="133"/>
        <source>Move the figure down or up until it rests on the floor or the mat</source>
        <translation>Descendre ou monter la silhouette jusqu’à ce qu’elle repose sur le sol ou le tapis</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="135"/>
        <source>Mat</source>
        <translation>Tapis</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="136"/>
        <source>Chair</source>
        <translation>Chaise</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="140"/>
        <location filename="../gui/pose_editor.py" line="218"/>
        <source>Head turn</source>
        <translation>Rotation de la tête</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="141"/>
        <source>Turn the head (degrees): towards the near side when positive</source>
        <translation>Tourner la tête (degrés) : vers le côté proche si positif</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="143"/>
        <location filename="../gui/pose_editor.py" line="214"/>
        <source>Camera turn</source>
        <translation>Rotation de la vue</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="144"/>
        <source>Turn the camera towards the feet (degrees); 0 is a side view</source>
        <translation>Tourner la vue vers les pieds (degrés); 0 est une vue de côté</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="145"/>
        <location filename="../gui/pose_editor.py" line="216"/>
        <source>Camera height</source>
        <translation>Hauteur de la vue</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="146"/>
        <source>Look down on the figure (degrees); 0 is level</source>
        <translation>Regarder la silhouette d’en haut (degrés); 0 est à niveau</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="151"/>
        <source>Start from the drawing of</source>
        <translation>Partir du dessin de</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="153"/>
        <source>Frame to start from</source>
        <translation>Image de départ</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="155"/>
        <source>Start from this frame</source>
        <translation>Partir de cette image</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="156"/>
        <source>Replace the selected frame with this drawing, to change it</source>
        <translation>Remplacer l’image sélectionnée par ce dessin, pour le modifier</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="158"/>
        <source>Import picture…</source>
        <translation>Importer une image…</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="160"/>
        <source>Use a PNG, JPEG or SVG picture for the selected frame, printed as it is</source>
        <translation>Utiliser une image PNG, JPEG ou SVG pour l’image sélectionnée, imprimée telle quelle</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="167"/>
        <source>Preview of the movement</source>
        <translation>Aperçu du mouvement</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="194"/>
        <source>Start from an existing drawing</source>
        <translation>Partir d’un dessin existant</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="206"/>
        <source>Handles move the:</source>
        <translation>Les poignées bougent :</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="225"/>
        <source>Drag a round handle to bend that joint (within what the body allows); drag the orange one at the hip to move the whole figure. With the keyboard: Page Up and Page Down choose a joint, the arrow keys move it.</source>
        <translation>Faites glisser une poignée ronde pour plier cette articulation (dans les limites du corps); faites glisser la poignée orange à la hanche pour déplacer toute la silhouette. Au clavier : Page précédente et Page suivante choisissent une articulation, les flèches la déplacent.</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="232"/>
        <source>Preview at the exercise’s tempo</source>
        <translation>Aperçu au tempo de l’exercice</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="245"/>
        <source>Standing figure</source>
        <translation>Silhouette debout</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="298"/>
        <location filename="../gui/pose_editor.py" line="464"/>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="298"/>
        <location filename="../gui/pose_editor.py" line="464"/>
        <source>pose</source>
        <translation>posture</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/pose_editor.py" line="311"/>
        <source>An exercise has at most %n frames.</source>
        <translation>
            <numerusform>Un exercice a au plus %n image.</numerusform>
            <numerusform>Un exercice a au plus %n images.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="353"/>
        <source>A picture must be a PNG, JPEG or SVG file.</source>
        <translation>Une image doit être un fichier PNG, JPEG ou SVG.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/pose_editor.py" line="362"/>
        <source>The picture is larger than %n kB; make it smaller first.</source>
        <translation>
            <numerusform>L’image dépasse %n ko; réduisez-la d’abord.</numerusform>
            <numerusform>L’image dépasse %n ko; réduisez-la d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="374"/>
        <source>Import picture</source>
        <translation>Importer une image</translation>
    </message>
    <message>
        <location filename="../gui/pose_editor.py" line="378"/>
        <source>This picture cannot be used</source>
        <translation>Cette image ne peut pas être utilisée</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../gui/print_dialogs.py" line="38"/>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../gui/print_dialogs.py" line="52"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../gui/print_dialogs.py" line="60"/>
        <source>Could not save the PDF</source>
        <translation>Impossible d’enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../gui/print_dialogs.py" line="71"/>
        <source>PDF saved</source>
        <translation>PDF enregistré</translation>
    </message>
    <message>
        <location filename="../gui/print_dialogs.py" line="74"/>
        <source>The PDF is saved as:
{path}</source>
        <translation>Le PDF est enregistré sous :
{path}</translation>
    </message>
    <message>
        <location filename="../gui/print_dialogs.py" line="75"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../gui/print_dialogs.py" line="76"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../gui/print_dialogs.py" line="101"/>
        <source>No report</source>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <location filename="../gui/print_dialogs.py" line="103"/>
        <source>The record is not available.</source>
        <translation>Le registre n’est pas accessible.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <location filename="../gui/programme_table.py" line="44"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="44"/>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="44"/>
        <source>Reps</source>
        <translation>Rép.</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="45"/>
        <source>Hold (s)</source>
        <translation>Tenir (s)</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="45"/>
        <source>Tempo (s)</source>
        <translation>Rythme (s)</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="46"/>
        <source>Rest (s)</source>
        <translation>Repos (s)</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="46"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="47"/>
        <source>Times a day</source>
        <translation>Fois par jour</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="47"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="47"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="48"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="50"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="50"/>
        <source>Left only</source>
        <translation>Gauche seulement</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="50"/>
        <source>Right only</source>
        <translation>Droit seulement</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="147"/>
        <source>Double-click to set how the app may step this dose up or down</source>
        <translation>Double-cliquez pour régler comment l’application peut augmenter ou diminuer cette dose par paliers</translation>
    </message>
    <message>
        <location filename="../gui/programme_table.py" line="152"/>
        <source>This dose is not done per side</source>
        <translation>Cette dose ne se fait pas d’un côté puis de l’autre</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../gui/programme_view.py" line="86"/>
        <source>Exercises and doses</source>
        <translation>Exercices et doses</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="87"/>
        <source>Patient, clinic and notes</source>
        <translation>Patient, clinique et notes</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="105"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="106"/>
        <source>New programme, blank or from a template</source>
        <translation>Nouveau programme, vide ou à partir d’un modèle</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="110"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="111"/>
        <source>Open a programme file (Ctrl+O)</source>
        <translation>Ouvrir un fichier de programme (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="113"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="114"/>
        <source>Save the programme file (Ctrl+S)</source>
        <translation>Enregistrer le fichier du programme (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="116"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="118"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="119"/>
        <source>Print preview and print (Ctrl+P)</source>
        <translation>Aperçu et impression (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="121"/>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="123"/>
        <source>Use for my sessions</source>
        <translation>Utiliser pour mes séances</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="124"/>
        <source>Make this the programme that Today and the guided session follow</source>
        <translation>Faire de ce programme celui que suivent Aujourd’hui et la séance guidée</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="141"/>
        <location filename="../gui/programme_view.py" line="150"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="142"/>
        <source>Programme title</source>
        <translation>Titre du programme</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="144"/>
        <location filename="../gui/programme_view.py" line="152"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="145"/>
        <source>Patient’s name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="158"/>
        <source>Blank programme</source>
        <translation>Programme vide</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="166"/>
        <source>From template: {title}</source>
        <translation>À partir du modèle : {title}</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="227"/>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="228"/>
        <source>Clinic phone</source>
        <translation>Téléphone de la clinique</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="228"/>
        <source>Clinic address</source>
        <translation>Adresse de la clinique</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="229"/>
        <source>Clinic website</source>
        <translation>Site Web de la clinique</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="230"/>
        <source>Handout language</source>
        <translation>Langue du document remis</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="230"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="231"/>
        <source>Review date</source>
        <translation>Date de réévaluation</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="231"/>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="232"/>
        <source>Sessions a day</source>
        <translation>Séances par jour</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="233"/>
        <source>Days a week</source>
        <translation>Jours par semaine</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="233"/>
        <source>Conditions</source>
        <translation>Problèmes de santé</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="172"/>
        <source>Handout in English</source>
        <translation>Document en anglais</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="173"/>
        <source>Handout in French</source>
        <translation>Document en français</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="227"/>
        <source>Physiotherapist</source>
        <translation>Physiothérapeute</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="234"/>
        <source>Advice for the patient (printed)</source>
        <translation>Conseils au patient (imprimés)</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="235"/>
        <source>Rationale for the physiotherapist (not printed)</source>
        <translation>Justification pour le physiothérapeute (non imprimée)</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="199"/>
        <location filename="../gui/programme_view.py" line="267"/>
        <source>not set</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="277"/>
        <source>Type to find an exercise</source>
        <translation>Tapez pour trouver un exercice</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="278"/>
        <source>Exercise to add</source>
        <translation>Exercice à ajouter</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="285"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="287"/>
        <source>My exercises…</source>
        <translation>Mes exercices…</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="288"/>
        <source>Create your own exercises, with drawings made in the pose editor</source>
        <translation>Créez vos propres exercices, avec des dessins faits dans l’éditeur de postures</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="294"/>
        <source>Exercises of the programme</source>
        <translation>Exercices du programme</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="321"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="322"/>
        <source>Move the selected exercise up (Alt+Up)</source>
        <translation>Monter l’exercice choisi (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="324"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="325"/>
        <source>Move the selected exercise down (Alt+Down)</source>
        <translation>Descendre l’exercice choisi (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="327"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="328"/>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Retirer l’exercice choisi (Suppr)</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="330"/>
        <source>Progression…</source>
        <translation>Progression…</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="331"/>
        <source>How the app may step the selected exercise&apos;s dose up or down</source>
        <translation>Comment l’application peut augmenter ou diminuer par paliers la dose de l’exercice choisi</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="357"/>
        <source>Double-click a number to change it. Drag rows, or use Alt+Up and Alt+Down, to change the order.</source>
        <translation>Double-cliquez sur un nombre pour le modifier. Glissez les lignes, ou utilisez Alt+Haut et Alt+Bas, pour changer l’ordre.</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="375"/>
        <source>{name} (my exercise)</source>
        <translation>{name} (mon exercice)</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="486"/>
        <source>Choose an exercise from the list to add it.</source>
        <translation>Choisissez un exercice dans la liste pour l’ajouter.</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="489"/>
        <source>{name} is already in the programme.</source>
        <translation>{name} fait déjà partie du programme.</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="500"/>
        <source>{column}: {typed} is more than a programme allows, so it was set to {kept}.</source>
        <translation>{column} : {typed} dépasse ce qu’un programme permet; la valeur est ramenée à {kept}.</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="502"/>
        <source>{column}: {typed} is less than a programme allows, so it was set to {kept}.</source>
        <translation>{column} : {typed} est sous ce qu’un programme permet; la valeur est ramenée à {kept}.</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="559"/>
        <source>The programme in use</source>
        <translation>Le programme en cours</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="561"/>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="562"/>
        <source>{name} — unsaved changes</source>
        <translation>{name} — modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="571"/>
        <source>{exercise}: take care with {condition} (see its precautions)</source>
        <translation>{exercise} : prudence en cas de {condition} (voir ses précautions)</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="577"/>
        <source>Caution with this patient’s conditions</source>
        <translation>Prudence avec les problèmes de santé de ce patient</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="587"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="587"/>
        <source>The programme has unsaved changes. Save them first?</source>
        <translation>Le programme a des modifications non enregistrées. Les enregistrer d’abord?</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="618"/>
        <source>Open programme</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="628"/>
        <source>This programme file cannot be opened</source>
        <translation>Ce fichier de programme ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="646"/>
        <source>Save programme</source>
        <translation>Enregistrer le programme</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="659"/>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="659"/>
        <location filename="../gui/programme_view.py" line="683"/>
        <source>Add at least one exercise first.</source>
        <translation>Ajoutez d’abord au moins un exercice.</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="665"/>
        <location filename="../gui/programme_view.py" line="669"/>
        <source>Could not save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="683"/>
        <source>Nothing to use</source>
        <translation>Rien à utiliser</translation>
    </message>
    <message>
        <location filename="../gui/programme_view.py" line="689"/>
        <source>Today and the guided session now follow “{title}”.</source>
        <translation>Aujourd’hui et la séance guidée suivent maintenant « {title} ».</translation>
    </message>
</context>
<context>
    <name>ProgressionDialog</name>
    <message>
        <location filename="../gui/progression_dialog.py" line="40"/>
        <source>Progression of {name}</source>
        <translation>Progression : {name}</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="43"/>
        <source>At the start of a session, the app proposes a step in the dose when the patient did at least the share of last week&apos;s sessions below and their pain stayed within the rise below; it proposes a step down when pain is 2 or more points above its first rating or a symptom spreads, and tells them to contact you. The patient accepts or declines each step; the dose never leaves these bounds.</source>
        <translation>Au début d’une séance, l’application propose un palier de plus quand le patient a fait au moins la part des séances de la dernière semaine indiquée ci-dessous et que sa douleur n’a pas dépassé la hausse indiquée; elle propose un palier de moins quand la douleur dépasse de 2 points ou plus sa première cote ou qu’un symptôme s’étend, et lui dit de communiquer avec vous. Le patient accepte ou refuse chaque palier; la dose ne sort jamais de ces limites.</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="48"/>
        <source>Let the app propose steps in this dose</source>
        <translation>Laisser l’application proposer des paliers pour cette dose</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="52"/>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="52"/>
        <source>Seconds held</source>
        <translation>Secondes de maintien</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="52"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="61"/>
        <source>half the dose</source>
        <translation>la moitié de la dose</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="69"/>
        <source>Step:</source>
        <translation>Palier :</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="70"/>
        <source>By:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="71"/>
        <source>At most every (days):</source>
        <translation>Au plus tous les (jours) :</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="72"/>
        <source>Up to:</source>
        <translation>Jusqu’à :</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="73"/>
        <source>Down to:</source>
        <translation>Pas moins de :</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="74"/>
        <source>Sessions done last week, at least:</source>
        <translation>Séances faites la dernière semaine, au moins :</translation>
    </message>
    <message>
        <location filename="../gui/progression_dialog.py" line="75"/>
        <source>Pain above its first rating, at most:</source>
        <translation>Douleur au-dessus de la première cote, au plus :</translation>
    </message>
</context>
<context>
    <name>PsfsDialog</name>
    <message>
        <location filename="../gui/psfs_dialog.py" line="30"/>
        <source>Check-in: what you can do</source>
        <translation>Bilan : ce que vous pouvez faire</translation>
    </message>
    <message>
        <location filename="../gui/psfs_dialog.py" line="31"/>
        <source>Name up to five activities that are hard for you because of your back or neck (for example sitting at work, lifting a child, gardening), and rate how well you can do each today: 0 = unable to do it, 10 = as well as before the problem.</source>
        <translation>Nommez jusqu’à cinq activités difficiles pour vous à cause de votre dos ou de votre cou (par exemple rester assis au travail, soulever un enfant, jardiner), et indiquez à quel point vous pouvez faire chacune aujourd’hui : 0 = incapable de la faire, 10 = aussi bien qu’avant le problème.</translation>
    </message>
    <message>
        <location filename="../gui/psfs_dialog.py" line="36"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../gui/psfs_dialog.py" line="37"/>
        <source>0 to 10</source>
        <translation>0 à 10</translation>
    </message>
    <message>
        <location filename="../gui/psfs_dialog.py" line="42"/>
        <source>Activity %1</source>
        <translation>Activité %1</translation>
    </message>
    <message>
        <location filename="../gui/psfs_dialog.py" line="46"/>
        <source>How well you can do activity %1, 0 to 10</source>
        <translation>À quel point vous pouvez faire l’activité %1, de 0 à 10</translation>
    </message>
    <message>
        <location filename="../gui/psfs_dialog.py" line="51"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../gui/psfs_dialog.py" line="51"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../gui/qt_catalogue_gaps.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../gui/qt_catalogue_gaps.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <location filename="../gui/red_flag_dialog.py" line="106"/>
        <source>Report a warning sign</source>
        <translation>Signaler un signe d’alerte</translation>
    </message>
    <message>
        <location filename="../gui/red_flag_dialog.py" line="112"/>
        <source>These signs are rare, but they need a doctor quickly. Tick each one you have now. Stop your exercises until you have been seen.</source>
        <translation>Ces signes sont rares, mais ils demandent de voir un médecin rapidement. Cochez chacun de ceux que vous avez maintenant. Arrêtez vos exercices jusqu’à ce que vous ayez été vu.</translation>
    </message>
    <message>
        <location filename="../gui/red_flag_dialog.py" line="162"/>
        <source>Report</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <location filename="../gui/red_flag_dialog.py" line="162"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../gui/reminders.py" line="149"/>
        <source>Missed reminders</source>
        <translation>Rappels manqués</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="206"/>
        <source>Time for your exercises (%1): not done yet.</source>
        <translation>C’est l’heure de vos exercices (%1) : pas encore faits.</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="212"/>
        <source>Exercise reminder</source>
        <translation>Rappel d’exercices</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="222"/>
        <source>Exercises: daily reminders are on</source>
        <translation>Exercices : les rappels quotidiens sont activés</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="224"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="226"/>
        <source>Start session</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="228"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location filename="../gui/safety_dialog.py" line="24"/>
        <source>When to stop and seek care</source>
        <translation>Quand arrêter et consulter</translation>
    </message>
    <message>
        <location filename="../gui/safety_dialog.py" line="27"/>
        <source>Safety information</source>
        <translation>Renseignements de sécurité</translation>
    </message>
    <message>
        <location filename="../gui/safety_dialog.py" line="31"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gui/safety_dialog.py" line="39"/>
        <source>While you exercise</source>
        <translation>Pendant les exercices</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../gui/session_view.py" line="134"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="138"/>
        <source>Start the session (Space)</source>
        <translation>Commencer la séance (Espace)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="140"/>
        <source>Start from the beginning</source>
        <translation>Recommencer depuis le début</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="143"/>
        <source>Be guided through every exercise of the session again</source>
        <translation>Être guidé de nouveau dans tous les exercices de la séance</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="146"/>
        <source>Space: pause or resume · Right arrow: skip exercise · Left arrow: back · Escape: end</source>
        <translation>Espace : pause ou reprise · Flèche droite : passer l’exercice · Flèche gauche : revenir · Échap : terminer</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="184"/>
        <source>Seconds left</source>
        <translation>Secondes restantes</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="202"/>
        <source>Progress through the session</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="205"/>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="206"/>
        <source>Go back one exercise (Left arrow)</source>
        <translation>Revenir à l’exercice précédent (flèche gauche)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="208"/>
        <location filename="../gui/session_view.py" line="566"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="211"/>
        <source>Pause or resume (Space)</source>
        <translation>Pause ou reprise (Espace)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="213"/>
        <source>Skip ▶</source>
        <translation>Passer ▶</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="214"/>
        <source>Skip this exercise (Right arrow)</source>
        <translation>Passer cet exercice (flèche droite)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="216"/>
        <source>Restart exercise</source>
        <translation>Recommencer l’exercice</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="218"/>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="219"/>
        <source>End the session now (Escape)</source>
        <translation>Terminer la séance maintenant (Échap)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="221"/>
        <location filename="../gui/session_view.py" line="649"/>
        <source>Stop if…</source>
        <translation>Arrêtez si…</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="222"/>
        <source>When to stop this exercise</source>
        <translation>Quand arrêter cet exercice</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="224"/>
        <source>Warning signs</source>
        <translation>Signes d’alerte</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="225"/>
        <source>When to stop and seek care</source>
        <translation>Quand arrêter et consulter</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="278"/>
        <source>How much pain do you have now?</source>
        <translation>Quelle est votre douleur maintenant?</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="285"/>
        <source>Pain, numbness or tingling spread down my leg or into my arm</source>
        <translation>Une douleur, un engourdissement ou des picotements se sont étendus dans ma jambe ou mon bras</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="288"/>
        <source>If it did, stop the exercise that caused it and tell your physiotherapist. Next time the app proposes doing less.</source>
        <translation>Si c’est le cas, arrêtez l’exercice qui l’a causé et dites-le à votre physiothérapeute. La prochaine fois, l’application vous proposera d’en faire moins.</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="296"/>
        <source>A note for your physiotherapist (optional)</source>
        <translation>Une note pour votre physiothérapeute (facultatif)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="297"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="298"/>
        <source>Save and finish</source>
        <translation>Enregistrer et terminer</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="339"/>
        <source>Today&apos;s session {slot} of {count}</source>
        <translation>Séance {slot} sur {count} aujourd’hui</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="341"/>
        <source>There are no exercises for this session.</source>
        <translation>Il n’y a aucun exercice pour cette séance.</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="353"/>
        <source>About {minutes} minutes. The screen and sounds guide you; you need not touch the keyboard.</source>
        <translation>Environ {minutes} minutes. L’écran et les sons vous guident; vous n’avez pas besoin de toucher au clavier.</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="356"/>
        <source>{done} of {total} are done already today (✓): Start guides you through the {left} left.</source>
        <translation>{done} sur {total} sont déjà faits aujourd’hui (✓) : Commencer vous guide dans les {left} qui restent.</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="419"/>
        <source>You reported a warning sign today that needs care right away: call 911 or go to the nearest emergency department now. Do not continue your exercises.</source>
        <translation>Vous avez signalé aujourd’hui un signe d’alerte qui demande des soins immédiats : appelez le 911 ou allez immédiatement à l’urgence la plus proche. Ne continuez pas vos exercices.</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="422"/>
        <source>You reported a warning sign today that needs care the same day. Stop your exercises until you have been seen. If a doctor has seen you and said you may go on, you can start.</source>
        <translation>Vous avez signalé aujourd’hui un signe d’alerte qui demande des soins le jour même. Arrêtez vos exercices jusqu’à ce que vous ayez été vu. Si un médecin vous a vu et vous a dit que vous pouvez continuer, vous pouvez commencer.</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="425"/>
        <source>A warning sign today</source>
        <translation>Un signe d’alerte aujourd’hui</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="426"/>
        <source>Start anyway</source>
        <translation>Commencer quand même</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="426"/>
        <source>Do not start</source>
        <translation>Ne pas commencer</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="490"/>
        <source>End the session?</source>
        <translation>Terminer la séance?</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="491"/>
        <source>End the session now? What you have done so far is kept.</source>
        <translation>Terminer la séance maintenant? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="557"/>
        <location filename="../gui/session_view.py" line="593"/>
        <location filename="../gui/session_view.py" line="677"/>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="559"/>
        <source>Next: {name}</source>
        <translation>Ensuite : {name}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="560"/>
        <source>Last exercise</source>
        <translation>Dernier exercice</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="563"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="566"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="577"/>
        <source>This session could not be saved: {reason}</source>
        <translation>Cette séance n’a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="578"/>
        <source>the record is not available</source>
        <translation>le registre n’est pas accessible</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="585"/>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="586"/>
        <source>Get into position</source>
        <translation>Mettez-vous en position</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="587"/>
        <source>Move slowly</source>
        <translation>Bougez lentement</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="588"/>
        <location filename="../gui/session_view.py" line="676"/>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="589"/>
        <source>Keep going at a comfortable pace</source>
        <translation>Continuez à un rythme confortable</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="590"/>
        <location filename="../gui/session_view.py" line="676"/>
        <source>Relax</source>
        <translation>Relâchez</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="591"/>
        <location filename="../gui/session_view.py" line="676"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="592"/>
        <location filename="../gui/session_view.py" line="677"/>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="601"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/session_view.py" line="601"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="602"/>
        <source>Rep {rep} of {reps}</source>
        <translation>Répétition {rep} sur {reps}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="604"/>
        <source>Set {set} of {sets}</source>
        <translation>Série {set} sur {sets}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="606"/>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="608"/>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="610"/>
        <source>Now the left side</source>
        <translation>Maintenant le côté gauche</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="610"/>
        <source>Now the right side</source>
        <translation>Maintenant le côté droit</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="612"/>
        <source>Next: {what}</source>
        <translation>Ensuite : {what}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="645"/>
        <source>Stop and change position if</source>
        <translation>Arrêtez et changez de position si</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="646"/>
        <source>Stop and tell your physiotherapist if</source>
        <translation>Arrêtez et avisez votre physiothérapeute si</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="648"/>
        <source>For every exercise</source>
        <translation>Pour tous les exercices</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="673"/>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="676"/>
        <source>Go</source>
        <translation>On y va</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="687"/>
        <source>Sound off</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="687"/>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="688"/>
        <source>Turn the sound cues on or off</source>
        <translation>Activer ou couper les signaux sonores</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="691"/>
        <source>No sound</source>
        <translation>Pas de son</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="707"/>
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="707"/>
        <source>Session ended</source>
        <translation>Séance interrompue</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="710"/>
        <source>Done: {done} · Partly done: {partial} · Skipped: {skipped} · Not reached: {not_reached} · Time: {minutes} min {seconds} s</source>
        <translation>Faits : {done} · En partie : {partial} · Sautés : {skipped} · Non atteints : {not_reached} · Durée : {minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="728"/>
        <source>Nothing could be saved: {reason}</source>
        <translation>Rien n’a pu être enregistré : {reason}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="737"/>
        <source>Could not save: {reason}</source>
        <translation>Impossible d’enregistrer : {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../gui/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="52"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="60"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="61"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="62"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="65"/>
        <source>Play sound cues during a session</source>
        <translation>Jouer les signaux sonores pendant une séance</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="70"/>
        <source>Speak the cues: a voice says the exercise, hold, relax, 3, 2, 1</source>
        <translation>Dire les signaux à voix haute : une voix annonce l’exercice, maintenez, relâchez, 3, 2, 1</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="71"/>
        <source>Speak the cues</source>
        <translation>Dire les signaux à voix haute</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="87"/>
        <source>No speech engine was found on this computer (spd-say, espeak-ng, or the system&apos;s own voice): the cues are beeps.</source>
        <translation>Aucun moteur de synthèse vocale n’a été trouvé sur cet ordinateur (spd-say, espeak-ng ou la voix du système) : les signaux restent des bips.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="97"/>
        <source>Reminder {number}</source>
        <translation>Rappel {number}</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="101"/>
        <source>Time of reminder {number}</source>
        <translation>Heure du rappel {number}</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="110"/>
        <source>A reminder appears while the app is open or in the system tray, if that session is not done yet.</source>
        <translation>Un rappel apparaît si l’application est ouverte ou dans la zone de notification, quand la séance n’est pas encore faite.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="114"/>
        <source>Letter (Canada, United States)</source>
        <translation>Lettre (Canada, États-Unis)</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="131"/>
        <source>A PNG or SVG file</source>
        <translation>Un fichier PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="132"/>
        <location filename="../gui/settings_dialog.py" line="174"/>
        <location filename="../gui/settings_dialog.py" line="249"/>
        <source>Clinic logo</source>
        <translation>Logo de la clinique</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="133"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="148"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="157"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="158"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="159"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="160"/>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="162"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="164"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="165"/>
        <source>Daily reminders</source>
        <translation>Rappels quotidiens</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="167"/>
        <source>Paper for printing</source>
        <translation>Papier pour l’impression</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="168"/>
        <source>Handout layout</source>
        <translation>Mise en page du document</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="169"/>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="170"/>
        <source>Physiotherapist</source>
        <translation>Physiothérapeute</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="171"/>
        <source>Clinic phone</source>
        <translation>Téléphone de la clinique</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="172"/>
        <source>Clinic address</source>
        <translation>Adresse de la clinique</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="173"/>
        <source>Clinic website</source>
        <translation>Site Web de la clinique</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="176"/>
        <location filename="../gui/settings_dialog.py" line="187"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="188"/>
        <source>A new language or text size takes effect when the app restarts.</source>
        <translation>Une nouvelle langue ou taille du texte s’applique au redémarrage de l’application.</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="190"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="190"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="249"/>
        <source>Images (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../gui/settings_dialog.py" line="261"/>
        <source>This logo cannot be read, so the handout is printed without it: {problem}</source>
        <translation>Ce logo ne peut pas être lu; le document sera imprimé sans lui : {problem}</translation>
    </message>
</context>
<context>
    <name>SoundStatus</name>
    <message>
        <location filename="../gui/sound_status.py" line="9"/>
        <source>Sound is not available: no sound player (pw-play, paplay or aplay) was found on this computer. Every cue also flashes on screen.</source>
        <translation>Le son n’est pas disponible : aucun lecteur de sons (pw-play, paplay ou aplay) n’a été trouvé sur cet ordinateur. Chaque signal clignote aussi à l’écran.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../gui/formatting.py" line="28"/>
        <source>Today&apos;s session</source>
        <translation>Séance du jour</translation>
    </message>
    <message>
        <location filename="../gui/formatting.py" line="30"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="../gui/formatting.py" line="32"/>
        <source>Midday</source>
        <translation>Midi</translation>
    </message>
    <message>
        <location filename="../gui/formatting.py" line="34"/>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <location filename="../gui/formatting.py" line="35"/>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="247"/>
        <source>Today&apos;s date</source>
        <translation>Date du jour</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="249"/>
        <source>Tick each exercise when you have done it, or press Start to be guided.</source>
        <translation>Cochez chaque exercice une fois fait, ou appuyez sur Commencer pour être guidé.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="252"/>
        <source>I have a warning sign…</source>
        <translation>J’ai un signe d’alerte…</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="255"/>
        <source>Report a warning sign</source>
        <translation>Signaler un signe d’alerte</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="256"/>
        <source>Numbness, loss of bladder control, fever and other signs that need a doctor</source>
        <translation>Engourdissement, perte de contrôle de la vessie, fièvre et autres signes qui demandent un médecin</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="267"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="268"/>
        <source>Dismiss the message about the record</source>
        <translation>Fermer le message sur le registre</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="279"/>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="478"/>
        <source>Today&apos;s record could not be read.</source>
        <translation>Le registre du jour n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="556"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="571"/>
        <source>%1: progress</source>
        <translation>%1 : progression</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="455"/>
        <location filename="../gui/today_view.py" line="574"/>
        <source>▶ Start</source>
        <translation>▶ Commencer</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="285"/>
        <source>An example programme</source>
        <translation>Un programme donné en exemple</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="305"/>
        <source>A day off…</source>
        <translation>Un jour de congé…</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="308"/>
        <source>Mark a day off your exercises</source>
        <translation>Indiquer un jour sans exercices</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="309"/>
        <source>I&apos;m ill, away, or my physiotherapist advised a rest day: the day does not count against me</source>
        <translation>Je suis malade, absent, ou mon physiothérapeute m’a conseillé un jour de repos : le jour ne compte pas contre moi</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="321"/>
        <source>Count today again</source>
        <translation>Compter aujourd’hui de nouveau</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="330"/>
        <source>Check-in (2 minutes): how well can you do the activities that are hard for you? Your answers show your physiotherapist what has changed.</source>
        <translation>Bilan (2 minutes) : à quel point pouvez-vous faire les activités qui sont difficiles pour vous? Vos réponses montrent à votre physiothérapeute ce qui a changé.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="334"/>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="336"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="403"/>
        <source>These are the clinic guide&apos;s exercises, shown as an example: nobody chose them for you. Check with a physiotherapist before following them, and open your own programme file when you have one (File › Open programme).</source>
        <translation>Ce sont les exercices du guide de la clinique, présentés comme exemple : personne ne les a choisis pour vous. Vérifiez auprès d’un physiothérapeute avant de les faire, et ouvrez votre propre fichier de programme quand vous en aurez un (Fichier › Ouvrir un programme).</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="509"/>
        <source>adjusted from {amount}</source>
        <translation>ajusté de {amount}</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="575"/>
        <source>Start the session: %1</source>
        <translation>Commencer la séance : %1</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="576"/>
        <source>Be guided through the %1 exercises</source>
        <translation>Être guidé pour les exercices : %1</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="591"/>
        <source>Pain after the %1 session, 0 to 10</source>
        <translation>Douleur après la séance : %1, de 0 à 10</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="593"/>
        <source>Not rated</source>
        <translation>Non notée</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="596"/>
        <source>0 – no pain</source>
        <translation>0 – aucune douleur</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="598"/>
        <source>10 – worst</source>
        <translation>10 – la pire</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="609"/>
        <source>Note (optional)</source>
        <translation>Note (facultatif)</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="610"/>
        <source>Note about the %1 session</source>
        <translation>Note sur la séance : %1</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="634"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="636"/>
        <location filename="../gui/today_view.py" line="714"/>
        <source>Done: %1 (%2)</source>
        <translation>Fait : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="644"/>
        <location filename="../gui/today_view.py" line="645"/>
        <source>Not in this session</source>
        <translation>Pas dans cette séance</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="648"/>
        <source>Pain after the session&lt;br/&gt;&lt;span style=&apos;font-size:%1pt&apos;&gt;0 = no pain, 10 = worst imaginable&lt;/span&gt;</source>
        <translation>Douleur après la séance&lt;br/&gt;&lt;span style=&apos;font-size:%1pt&apos;&gt;0 = aucune douleur, 10 = la pire imaginable&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="653"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="682"/>
        <source>The exercise library could not be loaded, so there is no checklist today. See the Library page for what went wrong.</source>
        <translation>La bibliothèque d’exercices n’a pas pu être chargée; il n’y a donc pas de liste aujourd’hui. Voyez la page Bibliothèque pour en connaître la cause.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="685"/>
        <source>There is no programme yet. Open the programme file from your physiotherapist with File › Open programme, or build one on the Programme page.</source>
        <translation>Il n’y a pas encore de programme. Ouvrez le fichier de programme de votre physiothérapeute avec Fichier › Ouvrir un programme, ou créez-en un à la page Programme.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="687"/>
        <source>No exercises are prescribed for today.</source>
        <translation>Aucun exercice n’est prescrit aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="705"/>
        <source>%1: %2 of %3 sets done. Click to mark it done.</source>
        <translation>%1 : %2 séries faites sur %3. Cliquez pour le marquer comme fait.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="709"/>
        <source>%1: skipped. Click to mark it done.</source>
        <translation>%1 : passé. Cliquez pour le marquer comme fait.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="767"/>
        <source>Nothing is being saved.</source>
        <translation>Rien n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="768"/>
        <source>The record of your exercises could not be opened, so your ticks, pain and notes will be lost when you close the app. You can still follow your exercises.</source>
        <translation>Le registre de vos exercices n’a pas pu être ouvert : vos coches, votre douleur et vos notes seront perdues à la fermeture de l’application. Vous pouvez quand même suivre vos exercices.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="776"/>
        <source>The record of your exercises at %1 could not be used (%2). It was kept, unchanged, at %3, and a new, empty record was started. Your physiotherapist or a helper may be able to recover it.</source>
        <translation>Le registre de vos exercices (%1) n’a pas pu être utilisé (%2). Il a été conservé, sans changement, sous %3, et un nouveau registre vide a été commencé. Votre physiothérapeute ou une personne de confiance pourra peut-être le récupérer.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="778"/>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="780"/>
        <source>I understand</source>
        <translation>J’ai compris</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="804"/>
        <source>Call 911 or go to the nearest emergency department now.</source>
        <translation>Appelez le 911 ou allez à l’urgence la plus proche maintenant.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="805"/>
        <source>You reported a warning sign that needs care right away. Do not continue your exercises.</source>
        <translation>Vous avez signalé un signe d’alerte qui demande des soins immédiats. Ne poursuivez pas vos exercices.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="807"/>
        <source>See a doctor today.</source>
        <translation>Consultez un médecin aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="808"/>
        <source>You reported a warning sign that needs care the same day: call your doctor, a walk-in clinic or your province&apos;s health line (811). Stop your exercises until you have been seen.</source>
        <translation>Vous avez signalé un signe d’alerte qui demande des soins le jour même : appelez votre médecin, une clinique sans rendez-vous ou la ligne Info-Santé de votre province (811). Arrêtez vos exercices jusqu’à ce que vous ayez été vu.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="810"/>
        <source>Tell your physiotherapist too.</source>
        <translation>Avisez aussi votre physiothérapeute.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="853"/>
        <location filename="../gui/today_view.py" line="866"/>
        <source>Your answer could not be saved.</source>
        <translation>Votre réponse n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="898"/>
        <source>you are ill</source>
        <translation>vous êtes malade</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="898"/>
        <source>you are away</source>
        <translation>vous êtes absent</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="899"/>
        <source>your physiotherapist advised a rest day</source>
        <translation>votre physiothérapeute a conseillé un jour de repos</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="900"/>
        <source>Today is a day off (%1): it does not count against you. Whatever you do today still counts.</source>
        <translation>Aujourd’hui est un jour de congé (%1) : il ne compte pas contre vous. Ce que vous faites aujourd’hui compte quand même.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="923"/>
        <location filename="../gui/today_view.py" line="931"/>
        <source>Your answers could not be saved.</source>
        <translation>Vos réponses n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="945"/>
        <location filename="../gui/today_view.py" line="953"/>
        <source>The day off could not be saved.</source>
        <translation>Le jour de congé n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="842"/>
        <location filename="../gui/today_view.py" line="844"/>
        <source>This tick could not be saved.</source>
        <translation>Cette coche n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="506"/>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="506"/>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/today_view.py" line="517"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="711"/>
        <source>%1: not reached (the session ended before it). Click to mark it done.</source>
        <translation>%1 : non atteint (la séance a pris fin avant). Cliquez pour l’indiquer comme fait.</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="731"/>
        <source>Other notes about the %1 session</source>
        <translation>Autres notes sur la séance : %1</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="747"/>
        <source>✓ All done</source>
        <translation>✓ Tout est fait</translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="747"/>
        <source>✓ Done</source>
        <translation>✓ Fait</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/today_view.py" line="749"/>
        <source>%1 of %n done</source>
        <translation>
            <numerusform>Faits : %1 sur %n</numerusform>
            <numerusform>Faits : %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/today_view.py" line="889"/>
        <source>The warning sign could not be saved.</source>
        <translation>Le signe d’alerte n’a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>_Legend</name>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="477"/>
        <source>None done</source>
        <translation>Aucun fait</translation>
    </message>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="478"/>
        <source>Some done</source>
        <translation>Certains faits</translation>
    </message>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="479"/>
        <source>✓ All done</source>
        <translation>✓ Tout est fait</translation>
    </message>
    <message>
        <location filename="../gui/widgets/month_calendar.py" line="480"/>
        <source>Nothing prescribed</source>
        <translation>Rien de prescrit</translation>
    </message>
</context>
</TS>
