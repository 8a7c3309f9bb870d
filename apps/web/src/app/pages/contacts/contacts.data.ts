import type { Contact } from './contact';

/**
 * The addresses of §8 ("Adressen") of "Zusammenleben in Borken – Integrationskonzept"
 * (Stadtverwaltung Borken, draft 0.9). Names and addresses stay German on purpose.
 */
export const CONTACTS: readonly Contact[] = [
  {
    id: 'coordination',
    name: 'Stabsstelle für Koordination Asyl und Flüchtlinge',
    taskKey: 'contacts.tasks.coordination',
    addressLines: ['Stadt Borken', 'Im Piepershagen 17', '46325 Borken'],
  },
  {
    id: 'integrationOfficer',
    name: 'Integrationsbeauftragte der Stadt Borken',
    taskKey: 'contacts.tasks.integrationOfficer',
    addressLines: ['Stadt Borken', 'Frau Malyszek', 'Im Piepershagen 17', '46325 Borken'],
  },
  {
    id: 'immigrationOffice',
    name: 'Ausländerbehörde des Kreises Borken',
    taskKey: 'contacts.tasks.immigrationOffice',
    addressLines: ['Kreis Borken', 'Burloer Str. 93', '46325 Borken'],
  },
  {
    id: 'jobcenter',
    name: 'Jobcenter der Stadt Borken',
    taskKey: 'contacts.tasks.jobcenter',
    addressLines: ['Stadt Borken', 'Im Piepershagen 17', '46325 Borken'],
  },
  {
    id: 'adultEducation',
    name: 'Volkshochschule der Stadt Borken',
    taskKey: 'contacts.tasks.adultEducation',
    addressLines: ['Stadt Borken', 'Heidener Straße 88', '46325 Borken'],
  },
  {
    id: 'redCross',
    name: 'Deutsches Rotes Kreuz',
    taskKey: 'contacts.tasks.redCross',
    addressLines: ['DRK gGmbH', 'Röntgenstraße 6', '46325 Borken'],
  },
  {
    id: 'caritas',
    name: 'Caritas Borken',
    taskKey: 'contacts.tasks.caritas',
    addressLines: ['Caritasverband für das Dekanat Borken', 'Turmstraße 14', '46325 Borken'],
  },
];
