/** Router state key: the form page created an event (value: its title) and the list page says so. */
export const EVENT_CREATED_STATE = 'zlEventCreated';
