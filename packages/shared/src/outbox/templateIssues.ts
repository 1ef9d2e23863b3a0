/**
 * What is wrong with an edited template, as the settings page shows it: a stable `code` and its
 * parameters for the apps to translate, and a French message ready to show as it is.
 */

export const templateParts = ['subject', 'text', 'html'] as const;
export type TemplatePart = (typeof templateParts)[number];

export const templateIssueCodes = [
  'unknownTag',
  'tagUnavailable',
  'tagOutsideBlock',
  'blockAsTag',
  'conditionOnlyTag',
  'unknownBlock',
  'nestedList',
  'unclosedBlock',
  'unexpectedBlockClose',
  'malformedTag',
  'unterminatedTag',
  'unquotedAttribute',
  'missingRequiredTag',
  'subjectEmpty',
  'subjectMultiline',
  'subjectTooLong',
  'bodyEmpty',
  'bodyTooLong',
] as const;
export type TemplateIssueCode = (typeof templateIssueCodes)[number];

export interface TemplateIssue {
  code: TemplateIssueCode;
  part: TemplatePart;
  /** Where it is, for issues about one spot of the part (not for sizes or a missing tag). */
  line?: number;
  column?: number;
  offset?: number;
  /** The tag or block name at fault, without braces. */
  tag?: string;
  /** The nearest valid name, when one is close enough. */
  suggestion?: string;
  /** The list block involved (`properties`), or the block left open. */
  block?: string;
  limit?: number;
  actual?: number;
  message: string;
}

const partLabel: Record<TemplatePart, string> = {
  subject: 'l’objet',
  text: 'le texte',
  html: 'la version HTML',
};

const at = (issue: Omit<TemplateIssue, 'message'>) =>
  `(ligne ${issue.line ?? 1}, colonne ${issue.column ?? 1})`;

const guess = (issue: Omit<TemplateIssue, 'message'>, sigil = '') =>
  issue.suggestion ? ` : vouliez-vous dire {{${sigil}${issue.suggestion}}} ?` : '.';

export function templateIssueMessage(issue: Omit<TemplateIssue, 'message'>): string {
  const name = issue.tag ?? '';
  switch (issue.code) {
    case 'unknownTag':
      return `Balise inconnue {{${name}}} ${at(issue)}${guess(issue)}`;
    case 'tagUnavailable':
      return `La balise {{${name}}} ${at(issue)} n’est pas disponible dans cet e-mail${guess(issue)}`;
    case 'tagOutsideBlock':
      return `La balise {{${name}}} ${at(issue)} ne s’utilise qu’à l’intérieur du bloc {{#${issue.block}}}…{{/${issue.block}}}.`;
    case 'blockAsTag':
      return `{{${name}}} est une liste ${at(issue)} : écrivez {{#${name}}}…{{/${name}}} pour répéter ce contenu pour chaque élément.`;
    case 'conditionOnlyTag':
      return `{{${name}}} ne s’affiche pas ${at(issue)} : c’est une condition, à écrire {{#${name}}}…{{/${name}}} ou {{^${name}}}…{{/${name}}}.`;
    case 'unknownBlock':
      return `Bloc inconnu {{#${name}}} ${at(issue)}${guess(issue, '#')}`;
    case 'nestedList':
      return `Le bloc {{#${name}}} ${at(issue)} ne peut pas être placé à l’intérieur du bloc {{#${issue.block}}}.`;
    case 'unclosedBlock':
      return `Le bloc {{#${name}}} ${at(issue)} n’est pas fermé : ajoutez {{/${name}}} à la fin de son contenu.`;
    case 'unexpectedBlockClose':
      return issue.block
        ? `Fermeture {{/${name}}} inattendue ${at(issue)} : le bloc ouvert est {{#${issue.block}}}, fermez-le d’abord par {{/${issue.block}}}.`
        : `Fermeture {{/${name}}} inattendue ${at(issue)} : aucun bloc {{#${name}}} n’est ouvert.`;
    case 'malformedTag':
      return `Balise mal formée ${name} ${at(issue)} : une balise s’écrit {{nom.de.la.balise}}, sans espace ni accent.`;
    case 'unterminatedTag':
      return `Balise non fermée ${at(issue)} : il manque « }} » après « {{ ».`;
    case 'unquotedAttribute':
      return `La balise {{${name}}} ${at(issue)} est dans un attribut HTML sans guillemets : écrivez par exemple href="{{${name}}}".`;
    case 'missingRequiredTag':
      return `La balise {{${name}}} est obligatoire dans ${partLabel[issue.part]} : sans elle, le destinataire ne peut pas ouvrir son lien.`;
    case 'subjectEmpty':
      return 'L’objet de l’e-mail est obligatoire.';
    case 'subjectMultiline':
      return 'L’objet de l’e-mail doit tenir sur une seule ligne.';
    case 'subjectTooLong':
      return `L’objet de l’e-mail ne doit pas dépasser ${issue.limit} caractères (il en compte ${issue.actual}).`;
    case 'bodyEmpty':
      return issue.part === 'html'
        ? 'La version HTML de l’e-mail est obligatoire.'
        : 'Le texte de l’e-mail est obligatoire.';
    case 'bodyTooLong':
      return `${issue.part === 'html' ? 'La version HTML' : 'Le texte'} ne doit pas dépasser ${Math.round((issue.limit ?? 0) / 1000)} ko (${issue.actual} octets).`;
  }
}
