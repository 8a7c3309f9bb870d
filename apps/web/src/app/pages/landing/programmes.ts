/** The three programmes of the platform, as shown on the landing page. */
export interface Programme {
  id: 'sponsorship' | 'community' | 'bikes';
  /** The name residents meet on signs and letters; shown in German next to translations. */
  germanName: string;
  titleKey: string;
  paragraphKeys: readonly string[];
}

export const PROGRAMMES: readonly Programme[] = [
  {
    id: 'sponsorship',
    germanName: 'Patenmodell',
    titleKey: 'landing.sponsorship.title',
    paragraphKeys: ['landing.sponsorship.text', 'landing.sponsorship.match'],
  },
  {
    id: 'community',
    germanName: 'Haus der Begegnung',
    titleKey: 'landing.community.title',
    paragraphKeys: ['landing.community.text', 'landing.community.rooms'],
  },
  {
    id: 'bikes',
    germanName: 'Fahrradwerkstatt und Fahrradverleih',
    titleKey: 'landing.bikes.title',
    paragraphKeys: ['landing.bikes.text', 'landing.bikes.who', 'landing.bikes.briefing'],
  },
];
