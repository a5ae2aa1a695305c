import { describe, expect, it } from 'vitest';
import { ACTOR_TYPE_IDS } from './actor-type.ts';
import type { Link } from './link.ts';
import { layoutNetwork, shorten, wrapLabel, type Box, type NetworkLayout } from './network-layout.ts';

function workshopOf(organisationCount: number, linkCount: number, names = (index: number) => `Organisation nummer ${index + 1} i Nørreparken`) {
  const organisations = Array.from({ length: organisationCount }, (_, index) => ({
    id: `org${index}`,
    name: names(index),
    actorType: ACTOR_TYPE_IDS[index % ACTOR_TYPE_IDS.length] ?? 'andre-aktoerer',
  }));
  const links: Link[] = Array.from({ length: linkCount }, (_, index) => {
    const from = index % organisationCount;
    const to = (from + 1 + ((index * 7) % (organisationCount - 1))) % organisationCount;
    return { id: `l${index}`, fromId: `org${from}`, toId: `org${to}`, text: `låne hinanden lokaler og udstyr til aktivitet ${index}`, offerCardId: null };
  });
  return { organisations, links };
}

function isInside(box: Box, layout: NetworkLayout): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height;
}

function expectLegible(layout: NetworkLayout): void {
  for (const [i, a] of layout.nodes.entries()) {
    expect(isInside({ x: a.x - a.r, y: a.y - a.r, width: 2 * a.r, height: 2 * a.r }, layout), `node ${a.id}`).toBe(true);
    expect(isInside(a.labelBox, layout), `label of ${a.id}`).toBe(true);
    for (const b of layout.nodes.slice(i + 1)) {
      expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id}`).toBeGreaterThan(a.r + b.r);
    }
  }
  for (const edge of layout.edges) expect(isInside(edge.labelBox, layout), `label of ${edge.id}`).toBe(true);
}

describe('layoutNetwork', () => {
  it('keeps 30 organisations and 100 links apart and inside the view, with numbered arrows', () => {
    const layout = layoutNetwork(workshopOf(30, 100));
    expect(layout.nodes).toHaveLength(30);
    expect(layout.edges).toHaveLength(100);
    expect(layout.hasNumberedEdges).toBe(true);
    expect(layout.edges.map((edge) => edge.label).slice(0, 3)).toEqual(['1', '2', '3']);
    expectLegible(layout);
  });

  it.each([1, 2, 3, 7, 12, 60])('keeps %i organisations apart and inside the view', (count) => {
    expectLegible(layoutNetwork(workshopOf(count, count > 1 ? Math.min(14, count * 2) : 0)));
  });

  it.each([520, 760, 1230])('keeps 30 organisations and 100 links legible in a picture %i px wide in page-sized type', (width) => {
    const layout = layoutNetwork(workshopOf(30, 100), { width, height: Math.round(width * 0.62), nodeFontSize: 17, edgeFontSize: 14 });
    expect(layout.width).toBe(width);
    expectLegible(layout);
  });

  it('labels few links with their text, shortened', () => {
    const layout = layoutNetwork(workshopOf(4, 3));
    expect(layout.hasNumberedEdges).toBe(false);
    expect(layout.edges[0]?.label).toMatch(/^låne hinanden lokaler…$/u);
  });

  it('sizes a node by its number of links and colours it by actor type', () => {
    const { organisations } = workshopOf(3, 0);
    const links: Link[] = [
      { id: '1', fromId: 'org0', toId: 'org1', text: 'a', offerCardId: null },
      { id: '2', fromId: 'org0', toId: 'org2', text: 'b', offerCardId: null },
    ];
    const layout = layoutNetwork({ organisations, links });
    const [busy, one, other] = layout.nodes;
    expect(busy?.linkCount).toBe(2);
    expect(one?.linkCount).toBe(1);
    expect(busy?.r).toBeGreaterThan(one?.r ?? Infinity);
    expect(one?.r).toBe(other?.r);
    expect(busy?.colour).toBe('#1b7f5f');
  });

  it('leaves out links to organisations not in the workshop and links to oneself', () => {
    const { organisations } = workshopOf(2, 0);
    const links: Link[] = [
      { id: '1', fromId: 'org0', toId: 'gone', text: 'a', offerCardId: null },
      { id: '2', fromId: 'org0', toId: 'org0', text: 'b', offerCardId: null },
    ];
    expect(layoutNetwork({ organisations, links }).edges).toEqual([]);
  });

  it('is deterministic', () => {
    expect(layoutNetwork(workshopOf(9, 20))).toEqual(layoutNetwork(workshopOf(9, 20)));
  });

  it('sends a link back along the other side', () => {
    const { organisations } = workshopOf(2, 0);
    const layout = layoutNetwork({
      organisations,
      links: [
        { id: '1', fromId: 'org0', toId: 'org1', text: 'a', offerCardId: null },
        { id: '2', fromId: 'org1', toId: 'org0', text: 'b', offerCardId: null },
      ],
    });
    const [there, back] = layout.edges;
    expect(Math.sign((there?.control.y ?? 0) - layout.height / 2)).toBe(-Math.sign((back?.control.y ?? 0) - layout.height / 2));
  });
});

describe('labels', () => {
  it('wrap a name by words into two lines and cut the rest', () => {
    expect(wrapLabel('Café Nord', 12)).toEqual(['Café Nord']);
    expect(wrapLabel('Beboerforeningen i Nørreparken Øst og Vest', 16)).toEqual(['Beboerforeningen', 'i Nørreparken…']);
    expect(wrapLabel('Kulturforvaltningsafdelingen', 10)).toEqual(['Kulturfor-', 'valtnings…']);
    // A long word is broken where Danish hyphenates it, never between two letters that belong together.
    expect(wrapLabel('Afdelingsbestyrelsen i Blok Æ', 12)).toEqual(['Afdelings-', 'bestyrelsen…']);
    expect(wrapLabel('Stærkere samarbejdsgrundlag', 12)).toEqual(['Stærkere', 'samarbejds…']);
    expect(wrapLabel('Boligselskabet Ålykke', 15)).toEqual(['Boligselskabet', 'Ålykke']);
  });

  it('shorten with an ellipsis only when needed', () => {
    expect(shorten('kort', 10)).toBe('kort');
    expect(shorten('en meget lang tekst', 10)).toBe('en meget…');
  });
});

describe('arrow labels', () => {
  it('move off the circles and names of two close neighbours', () => {
    const { organisations } = workshopOf(6, 0);
    const links: Link[] = [
      { id: '1', fromId: 'org4', toId: 'org5', text: 'formidle kontakt til beboere', offerCardId: null },
      { id: '2', fromId: 'org5', toId: 'org4', text: 'holde oplæg om sundhed', offerCardId: null },
    ];
    const layout = layoutNetwork({ organisations, links }, { width: 786, height: 519, nodeFontSize: 17, edgeFontSize: 14 });
    for (const edge of layout.edges) {
      for (const node of layout.nodes) {
        const nearestX = Math.min(Math.max(node.x, edge.labelBox.x), edge.labelBox.x + edge.labelBox.width);
        const nearestY = Math.min(Math.max(node.y, edge.labelBox.y), edge.labelBox.y + edge.labelBox.height);
        expect(Math.hypot(node.x - nearestX, node.y - nearestY), `${edge.id} over ${node.id}`).toBeGreaterThanOrEqual(node.r);
        const box = node.labelBox;
        const meets = edge.labelBox.x < box.x + box.width && box.x < edge.labelBox.x + edge.labelBox.width && edge.labelBox.y < box.y + box.height && box.y < edge.labelBox.y + edge.labelBox.height;
        expect(meets, `${edge.id} over the name of ${node.id}`).toBe(false);
      }
    }
  });
});
