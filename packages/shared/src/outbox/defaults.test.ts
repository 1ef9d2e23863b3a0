import { describe, expect, it } from 'vitest';
import { languages } from '../branding/brandingValues.js';
import { defaultTemplates } from './defaults/defaultTemplates.js';
import { emailEventCatalogue, emailEvents, eventTags, listCatalogue } from './events.js';
import { renderEvent, renderEventTemplate } from './renderEvent.js';
import { sampleData } from './sampleData.js';
import { tagCatalogue } from './tags.js';
import { validateTemplate } from './validateTemplate.js';

const cases = languages.flatMap((language) => emailEvents.map((event) => ({ language, event })));

describe('default templates', () => {
  it.each(cases)('$event ($language) validates', ({ event, language }) => {
    expect(validateTemplate(event, defaultTemplates[language][event]).issues).toEqual([]);
  });

  it.each(cases)(
    '$event ($language) renders its sample with no tag left and the link button',
    ({ event, language }) => {
      const data = sampleData(event, language);
      const rendered = renderEvent(event, language, data);
      for (const part of [rendered.subject, rendered.text, rendered.html]) {
        expect(part).not.toMatch(/\{\{|\}\}/);
        expect(part).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(rendered.subject).not.toMatch(/[\r\n]/);
      expect(rendered.subject.length).toBeGreaterThan(10);
      const link = data.link as string;
      expect(rendered.text).toContain(link);
      expect(rendered.html).toMatch(
        new RegExp(`<a href="${link.replace(/[.?]/g, '\\$&')}" class="button"[^>]*>[^<]+</a>`),
      );
      // Outside the agency, the reader must see who writes (staff know their own portal).
      if (emailEventCatalogue[event].audience !== 'staff') {
        expect(rendered.text + rendered.subject).toContain('Horizon Immobilier');
      }
    },
  );

  it.each(cases)(
    '$event ($language) sample data fills every tag it offers',
    ({ event, language }) => {
      const printable = eventTags(event).filter((name) => tagCatalogue[name].kind !== 'flag');
      const itemTags = emailEventCatalogue[event].lists.flatMap((list) =>
        listCatalogue[list].itemTags.map((name) => ({ list, name })),
      );
      const probe = [
        ...printable.map((name) => `${name}=[{{${name}}}]`),
        ...itemTags.map(({ list, name }) => `{{#${list}}}${name}=[{{${name}}}]{{/${list}}}`),
      ].join('\n');
      const text = renderEventTemplate(
        { subject: 'x', text: probe, html: 'x' },
        language,
        sampleData(event, language),
      ).text;
      expect(text).not.toContain('=[]');
      expect(text.split('\n').length).toBeGreaterThanOrEqual(printable.length + itemTags.length);
    },
  );

  it('writes to French clients with vouvoiement', () => {
    for (const event of emailEvents) {
      const { subject, text } = defaultTemplates.fr[event];
      // Letters around the word, accented ones included (`n’êtes` is not `tes`).
      expect(`${subject}\n${text}`).not.toMatch(/(?<![\p{L}’])(?:tu|toi|ton|ta|tes|t’)(?!\p{L})/iu);
      expect(`${subject}\n${text}`).toMatch(/\b(vous|votre|vos|Bonjour)\b/);
    }
  });

  it('says something different in each language', () => {
    for (const event of emailEvents) {
      expect(defaultTemplates.en[event].text).not.toBe(defaultTemplates.fr[event].text);
      expect(defaultTemplates.en[event].html).toMatch(/<a href="\{\{link\}\}" class="button"/);
    }
  });

  it('lists every property published in one go, each with its own link', () => {
    const data = sampleData('propertiesPublished', 'fr');
    const rendered = renderEvent('propertiesPublished', 'fr', data);
    const properties = data.properties as { title: string; link: string }[];
    expect(properties.length).toBeGreaterThan(1);
    for (const property of properties) {
      expect(rendered.text).toContain(property.title);
      expect(rendered.text).toContain(property.link);
      expect(rendered.html).toContain(`href="${property.link}"`);
    }
    expect(rendered.html.match(/<li /g)).toHaveLength(properties.length);
  });

  it('tells a refused collaborator so, and an accepted one that they can sign in', () => {
    const data = sampleData('staffAccessDecided', 'fr');
    const granted = renderEvent('staffAccessDecided', 'fr', data);
    const refused = renderEvent('staffAccessDecided', 'fr', {
      ...data,
      access: { granted: false },
    });
    expect(granted.subject).toContain('est validé');
    expect(granted.text).toContain('a été acceptée');
    expect(granted.text).not.toContain('n’a pas été acceptée');
    expect(refused.subject).not.toContain('validé');
    expect(refused.text).toContain('n’a pas été acceptée');
  });
});
