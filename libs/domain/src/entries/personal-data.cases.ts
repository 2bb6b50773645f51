import type { PersonalData } from './personal-data';

/**
 * Texts the rule must refuse, with what it must say they hold, and texts it must let
 * through: shared by the domain's test and the dashboard's mirror of the rule.
 */
export const REFUSED: [string, PersonalData][] = [
  ['contact j.smith@example.co.uk for the file', 'an email address'],
  ['SMITH_J@police.example.org', 'an email address'],
  ['called 07912 345678 twice', 'a phone number'],
  ['mobile 07912345678', 'a phone number'],
  ['tel +44 7912 345678', 'a phone number'],
  ['landline 0117 496 0123', 'a phone number'],
  ['French number +33 6 12 34 56 78', 'a phone number'],
  ['address BS1 6AA', 'a full postcode'],
  ['found at bs16aa', 'a full postcode'],
  ['SW1A 2AA', 'a full postcode'],
  ['TQ1 2BG, rear of shop', 'a full postcode'],
  ['NI number JT 12 34 56 C', 'a National Insurance number'],
  ['ab123456d', 'a National Insurance number'],
  ['DOB 12/03/1990', 'a date of birth'],
  ['d.o.b. 12-03-90', 'a date of birth'],
  ['Date of birth: 12 March 1990', 'a date of birth'],
  ['born on 3rd Jan 2007', 'a date of birth'],
  ['born 2007-01-03', 'a date of birth'],
  // Invisible and look-alike characters do not hide what a text says (judged as it is seen).
  ['x\u200b@\u200bexample.com', 'an email address'],
  ['a＠b.com', 'an email address'],
  ['j.smith\u2060@example\u200c.co.uk', 'an email address'],
  ['ring ０７９１２ ３４５６７８', 'a phone number'],
  ['called 07912\u200b345678', 'a phone number'],
  ['address BS1\u00ad 6AA', 'a full postcode'],
  ['ＢＳ１ ６ＡＡ', 'a full postcode'],
  ['NI number JT\u200b123456C', 'a National Insurance number'],
  ['ＤＯＢ １２/０３/１９９０', 'a date of birth'],
];

export const ACCEPTED: string[] = [
  'Week of action 26/06/2023 to 02/07/2023: 14 arrests, 3 warrants',
  'Dawn raids in BS1 and BS5, Bristol; 12 doors',
  'Stops on the A30 2nd time this week, M5 1st junction',
  'cocaine 3.5kg, £12,500 cash, 1000 vehicles checked',
  'crime ref 54230012345, log 2023/0456/12',
  'line known as "Tommy" run from London into Weymouth',
  'County Lines Intensification Week 2023-06-26',
  'Born in Bristol, aged 17: referred to children’s services',
  'DOB not recorded here',
  'partner agency meeting 14:30 on 28.06.2023',
  'Dorset',
  'heroin',
  'Operation follows 3 months of work; 26 June to 2 July',
];
