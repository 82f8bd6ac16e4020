<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../gui/about_dialog.py" line="17"/>
        <source>About Exercises</source>
        <translation>À propos d’Exercices</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="23"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="31"/>
        <source>Exercises for back and neck</source>
        <translation>Exercices pour le dos et le cou</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="33"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../gui/about_dialog.py" line="34"/>
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
    <name>IllustrationWidget</name>
    <message>
        <location filename="../gui/widgets/illustration.py" line="188"/>
        <source>Exercise illustration</source>
        <translation>Illustration de l’exercice</translation>
    </message>
    <message>
        <location filename="../gui/widgets/illustration.py" line="347"/>
        <source>Pause animation (Space)</source>
        <translation>Mettre l’animation en pause (Espace)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/illustration.py" line="348"/>
        <source>Pause animation</source>
        <translation>Mettre l’animation en pause</translation>
    </message>
    <message>
        <location filename="../gui/widgets/illustration.py" line="351"/>
        <source>Play animation (Space)</source>
        <translation>Lire l’animation (Espace)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/illustration.py" line="352"/>
        <source>Play animation</source>
        <translation>Lire l’animation</translation>
    </message>
    <message>
        <location filename="../gui/widgets/illustration.py" line="371"/>
        <source>No illustration</source>
        <translation>Aucune illustration</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../gui/library_view.py" line="71"/>
        <location filename="../gui/library_view.py" line="72"/>
        <source>Search exercises</source>
        <translation>Rechercher un exercice</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="77"/>
        <source>Filter by body region</source>
        <translation>Filtrer par région du corps</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="78"/>
        <source>All body regions</source>
        <translation>Toutes les régions du corps</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="84"/>
        <source>Filter by position</source>
        <translation>Filtrer par position</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="85"/>
        <source>All positions</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="92"/>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="112"/>
        <source>Exercise name</source>
        <translation>Nom de l’exercice</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="138"/>
        <source>When to stop and seek care</source>
        <translation>Quand arrêter et consulter</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="176"/>
        <source>The exercise library could not be loaded. Fix these problems and restart:</source>
        <translation>La bibliothèque d’exercices n’a pas pu être chargée. Corrigez ces problèmes et redémarrez :</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="178"/>
        <source>Your exercise library has problems, so the library that comes with the app is shown instead:</source>
        <translation>Votre bibliothèque d’exercices contient des erreurs; la bibliothèque fournie avec l’application est affichée à la place :</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="182"/>
        <source>…and {count} more</source>
        <translation>…et {count} autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/library_view.py" line="198"/>
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="239"/>
        <source>No exercise matches your search</source>
        <translation>Aucun exercice ne correspond à votre recherche</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="247"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="249"/>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="250"/>
        <source>Position:</source>
        <translation>Position :</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="251"/>
        <source>Equipment:</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="263"/>
        <source>Usual starting dose</source>
        <translation>Dose de départ habituelle</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="264"/>
        <source>Your physiotherapist may set a different dose.</source>
        <translation>Votre physiothérapeute peut prescrire une autre dose.</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="272"/>
        <source>Starting position</source>
        <translation>Position de départ</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="273"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="274"/>
        <source>Breathing and what to feel</source>
        <translation>Respiration et sensations</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="275"/>
        <source>Common mistakes</source>
        <translation>Erreurs fréquentes</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="276"/>
        <source>Precautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="277"/>
        <source>Stop and tell your physiotherapist if</source>
        <translation>Arrêtez et avisez votre physiothérapeute si</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="283"/>
        <source>Often used for</source>
        <translation>Souvent utilisé pour</translation>
    </message>
    <message>
        <location filename="../gui/library_view.py" line="284"/>
        <source>Take care with</source>
        <translation>Prudence en cas de</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="33"/>
        <source>Exercises for back and neck</source>
        <translation>Exercices pour le dos et le cou</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="38"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="45"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="48"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="90"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="97"/>
        <source>&amp;Find exercise</source>
        <translation>&amp;Trouver un exercice</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="103"/>
        <source>&amp;When to stop and seek care</source>
        <translation>&amp;Quand arrêter et consulter</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="107"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
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
    <name>SafetyDialog</name>
    <message>
        <location filename="../gui/safety_dialog.py" line="16"/>
        <source>When to stop and seek care</source>
        <translation>Quand arrêter et consulter</translation>
    </message>
    <message>
        <location filename="../gui/safety_dialog.py" line="19"/>
        <source>Safety information</source>
        <translation>Renseignements de sécurité</translation>
    </message>
    <message>
        <location filename="../gui/safety_dialog.py" line="23"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../gui/safety_dialog.py" line="32"/>
        <source>Stop the exercise if</source>
        <translation>Arrêtez l’exercice si</translation>
    </message>
    <message>
        <location filename="../gui/safety_dialog.py" line="34"/>
        <source>Call emergency services or go to emergency now if you have</source>
        <translation>Appelez le 911 ou allez à l’urgence maintenant si vous avez</translation>
    </message>
    <message>
        <location filename="../gui/safety_dialog.py" line="36"/>
        <source>Contact a doctor the same day if you have</source>
        <translation>Consultez un médecin le jour même si vous avez</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../gui/session_view.py" line="99"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="103"/>
        <source>Start the session (Space)</source>
        <translation>Commencer la séance (Espace)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="105"/>
        <source>Space: pause or resume · Right arrow: skip exercise · Left arrow: back · Escape: end</source>
        <translation>Espace : pause ou reprise · Flèche droite : passer l’exercice · Flèche gauche : revenir · Échap : terminer</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="134"/>
        <source>Seconds left</source>
        <translation>Secondes restantes</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="152"/>
        <source>Progress through the session</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="155"/>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="156"/>
        <source>Go back one exercise (Left arrow)</source>
        <translation>Revenir à l’exercice précédent (flèche gauche)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="158"/>
        <location filename="../gui/session_view.py" line="384"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="161"/>
        <source>Pause or resume (Space)</source>
        <translation>Pause ou reprise (Espace)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="163"/>
        <source>Skip ▶</source>
        <translation>Passer ▶</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="164"/>
        <source>Skip this exercise (Right arrow)</source>
        <translation>Passer cet exercice (flèche droite)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="166"/>
        <source>Restart exercise</source>
        <translation>Recommencer l’exercice</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="168"/>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="169"/>
        <source>End the session now (Escape)</source>
        <translation>Terminer la séance maintenant (Échap)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="171"/>
        <location filename="../gui/session_view.py" line="457"/>
        <source>Stop if…</source>
        <translation>Arrêtez si…</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="172"/>
        <source>When to stop this exercise</source>
        <translation>Quand arrêter cet exercice</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="174"/>
        <source>Warning signs</source>
        <translation>Signes d’alerte</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="175"/>
        <source>When to stop and seek care</source>
        <translation>Quand arrêter et consulter</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="224"/>
        <source>How much pain do you have now?</source>
        <translation>Quelle est votre douleur maintenant?</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="228"/>
        <source>A note for your physiotherapist (optional)</source>
        <translation>Une note pour votre physiothérapeute (facultatif)</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="229"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="230"/>
        <source>Save and finish</source>
        <translation>Enregistrer et terminer</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="266"/>
        <source>Today&apos;s session {slot} of {count}</source>
        <translation>Séance {slot} sur {count} aujourd’hui</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="268"/>
        <source>There are no exercises for this session.</source>
        <translation>Il n’y a aucun exercice pour cette séance.</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="276"/>
        <source>About {minutes} minutes. The screen and sounds guide you; you need not touch the keyboard.</source>
        <translation>Environ {minutes} minutes. L’écran et les sons vous guident; vous n’avez pas besoin de toucher au clavier.</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="332"/>
        <source>End the session?</source>
        <translation>Terminer la séance?</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="333"/>
        <source>End the session now? What you have done so far is kept.</source>
        <translation>Terminer la séance maintenant? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="376"/>
        <location filename="../gui/session_view.py" line="409"/>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="378"/>
        <source>Next: {name}</source>
        <translation>Ensuite : {name}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="378"/>
        <source>Last exercise</source>
        <translation>Dernier exercice</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="381"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="384"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="394"/>
        <source>This session could not be saved: {reason}</source>
        <translation>Cette séance n’a pas pu être enregistrée : {reason}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="395"/>
        <source>the record is not available</source>
        <translation>le registre n’est pas accessible</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="402"/>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="403"/>
        <source>Get into position</source>
        <translation>Mettez-vous en position</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="404"/>
        <source>Move slowly</source>
        <translation>Bougez lentement</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="405"/>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="406"/>
        <source>Relax</source>
        <translation>Relâchez</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="407"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="408"/>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="415"/>
        <source>Rep {rep} of {reps}</source>
        <translation>Répétition {rep} sur {reps}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="417"/>
        <source>Set {set} of {sets}</source>
        <translation>Série {set} sur {sets}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="419"/>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="421"/>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="423"/>
        <source>Now the left side</source>
        <translation>Maintenant le côté gauche</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="423"/>
        <source>Now the right side</source>
        <translation>Maintenant le côté droit</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="425"/>
        <source>Next: {what}</source>
        <translation>Ensuite : {what}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="456"/>
        <source>For every exercise</source>
        <translation>Pour tous les exercices</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="467"/>
        <source>Sound off</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="467"/>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="468"/>
        <source>Turn the sound cues on or off</source>
        <translation>Activer ou couper les signaux sonores</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="476"/>
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="476"/>
        <source>Session ended</source>
        <translation>Séance interrompue</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="479"/>
        <source>Done: {done} · Partly done: {partial} · Skipped: {skipped} · Time: {minutes} min {seconds} s</source>
        <translation>Faits : {done} · En partie : {partial} · Passés : {skipped} · Durée : {minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="492"/>
        <source>Nothing could be saved: {reason}</source>
        <translation>Rien n’a pu être enregistré : {reason}</translation>
    </message>
    <message>
        <location filename="../gui/session_view.py" line="498"/>
        <source>Could not save: {reason}</source>
        <translation>Impossible d’enregistrer : {reason}</translation>
    </message>
</context>
</TS>
