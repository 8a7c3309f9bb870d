import type { ContractTexts } from './contract-texts';

/** The binding German text (workshop.md § 3; a lawyer checks it before use). */
export const DE_CONTRACT_TEXTS: ContractTexts = {
  title: { miete: 'Mietvertrag über ein Fahrrad', leihe: 'Leihvertrag über ein Fahrrad' },
  parties: {
    miete:
      'zwischen der Stadt Borken, Fahrradwerkstatt „Zusammenleben in Borken“ (Vermieterin), und {borrower} (Mieterin oder Mieter).',
    leihe:
      'zwischen der Stadt Borken, Fahrradwerkstatt „Zusammenleben in Borken“ (Verleiherin), und {borrower} (Entleiherin oder Entleiher).',
  },
  clauses: {
    subject: {
      miete:
        'Die Vermieterin überlässt das oben genannte Fahrrad mit dem genannten Zubehör gegen das genannte Entgelt zum Gebrauch (Mietvertrag, §§ 535 ff. BGB).',
      leihe:
        'Die Verleiherin überlässt das oben genannte Fahrrad mit dem genannten Zubehör unentgeltlich zum Gebrauch (Leihvertrag, §§ 598 ff. BGB).',
    },
    roadworthy:
      'Die Verkehrssicherheit des Fahrrads ist durch die Sicherheitsprüfung vom {inspectedOn} festgestellt (gültig bis {validUntil}). Die Nutzerin oder der Nutzer bestätigt, das Fahrrad in verkehrssicherem Zustand erhalten zu haben und in die sichere Benutzung eingewiesen worden zu sein.',
    use: 'Das Fahrrad darf nur unter Beachtung der Straßenverkehrs-Ordnung (StVO) benutzt werden. Es darf nicht an andere Personen weitergegeben, untervermietet oder verliehen werden.',
    lock: 'Beim Abstellen ist das Fahrrad immer mit dem Schloss an einem festen Gegenstand anzuschließen.',
    report:
      'Mängel, Unfälle und Diebstahl sind der Fahrradwerkstatt sofort zu melden. Ein Diebstahl ist außerdem sofort bei der Polizei anzuzeigen.',
    return:
      'Das Fahrrad ist mit dem Zubehör spätestens am {dueOn} in der Fahrradwerkstatt zurückzugeben. Eine Verlängerung ist nur nach Absprache mit der Fahrradwerkstatt möglich.',
    deposit:
      'Eine Kaution wird nach der Rückgabe erstattet. Sie kann mit Ansprüchen wegen Beschädigung oder Verlust des Fahrrads oder des Zubehörs verrechnet werden.',
    limitation: {
      miete:
        'Ersatzansprüche wegen Veränderungen oder Verschlechterungen des Fahrrads verjähren in sechs Monaten nach der Rückgabe (§ 548 BGB).',
      leihe:
        'Ersatzansprüche wegen Veränderungen oder Verschlechterungen des Fahrrads verjähren in sechs Monaten nach der Rückgabe (§ 606 BGB).',
    },
    liability: {
      miete:
        'Die Haftung für Schäden aus der Verletzung des Lebens, des Körpers oder der Gesundheit sowie für vorsätzlich oder grob fahrlässig verursachte Schäden wird nicht ausgeschlossen oder beschränkt (§ 309 Nr. 7 BGB).',
      leihe:
        'Die Verleiherin haftet nur für Vorsatz und grobe Fahrlässigkeit (§ 599 BGB). Die Haftung für Schäden aus der Verletzung des Lebens, des Körpers oder der Gesundheit wird nicht ausgeschlossen oder beschränkt (§ 309 Nr. 7 BGB).',
    },
  },
  translationNote: 'Übersetzung — verbindlich ist der deutsche Text.',
  detailsAbove: 'Fahrrad, Daten und Beträge stehen im deutschen Teil oben.',
  signatures: 'Unterschriften',
  borrowerSignature: { miete: 'Mieterin / Mieter', leihe: 'Entleiherin / Entleiher' },
  deskSignature: 'Für die Fahrradwerkstatt',
  signedOnScreen: 'Auf dem Bildschirm unterschrieben am {date}.',
};
