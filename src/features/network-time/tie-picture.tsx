import { useId, useMemo, useRef } from 'react';
import { layoutNetwork, type NetworkView } from '../../domain/network-layout.ts';
import { tieId, tieStyle, tiesAsLinks, type NetworkActor, type Tie } from '../../domain/network-over-time.ts';
import { useT } from '../../ui/app-context.tsx';
import { NodeName } from '../../ui/network-picture.tsx';
import { useElementWidth } from '../../ui/use-element-size.ts';

/** The view of a picture as wide as its box, in the page's type size (as the collaboration's network picture). */
function fittedView(boxWidth: number): NetworkView {
  const width = Math.max(480, boxWidth || 640);
  return { width, height: Math.round(width * 0.72), nodeFontSize: 16, edgeFontSize: 13 };
}

/**
 * One meeting's network: every organisation of both meetings placed alike (so two pictures side by side
 * compare at a glance), those at the meeting as circles in their actor type's colour sized by their
 * number of ties, the others as dashed outlines; ties as curves styled by their most committed form.
 * An image with a title and description; the ties are a list for screen readers.
 */
export function TiePicture({ title, actors, ties, present }: { title: string; actors: readonly NetworkActor[]; ties: readonly Tie[]; present: ReadonlySet<string> }) {
  const { t } = useT();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const boxWidth = useElementWidth(ref);
  const view = useMemo(() => fittedView(boxWidth), [boxWidth]);
  const layout = useMemo(
    () => layoutNetwork({ organisations: actors.map((actor) => ({ id: actor.key, name: actor.name, actorType: actor.actorType })), links: tiesAsLinks(ties) }, view),
    [actors, ties, view],
  );
  const scale = view.width / 800;
  const styles = new Map(ties.map((tie) => [tieId(tie), tieStyle(tie)]));
  const nameOf = (key: string) => actors.find((actor) => actor.key === key)?.name ?? key;
  const formsOf = (tie: Tie) => [...(tie.links > 0 ? [t('networkTime.tie.links')] : []), ...tie.forms.map((form) => t(`agreements.form.${form}`))].join(', ');
  const presentCount = actors.filter((actor) => present.has(actor.key)).length;

  return (
    <div ref={ref} className="tie-picture">
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="network-svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {t('networkTime.picture.description', {
            organisations: t('collaboration.network.organisations', { count: presentCount }),
            ties: t('networkTime.ties', { count: ties.length }),
          })}
        </desc>
        <g>
          {layout.edges.map((edge) => {
            const style = styles.get(edge.id);
            return (
              <path
                key={edge.id}
                className="tie-edge"
                d={`M ${edge.start.x} ${edge.start.y} Q ${edge.control.x} ${edge.control.y} ${edge.end.x} ${edge.end.y}`}
                stroke={style?.colour}
                strokeWidth={(style?.width ?? 2) * scale}
                strokeDasharray={style && style.dash.length > 0 ? style.dash.map((length) => length * scale).join(' ') : undefined}
              />
            );
          })}
        </g>
        <g>
          {layout.nodes.map((node) =>
            present.has(node.id) ? (
              <g key={node.id} className="network-node">
                <circle cx={node.x} cy={node.y} r={node.r} fill={node.colour} />
                {node.linkCount > 0 ? (
                  <text x={node.x} y={node.y} textAnchor="middle" dominantBaseline="central" className="network-node-count" style={{ fontSize: Math.min(layout.nodeFontSize, node.r) }}>
                    {node.linkCount}
                  </text>
                ) : null}
              </g>
            ) : (
              <circle key={node.id} cx={node.x} cy={node.y} r={node.r} className="tie-absent" stroke={node.colour} />
            ),
          )}
        </g>
        <g className="network-node-labels">
          {layout.nodes.map((node) => (
            <g key={node.id} className={present.has(node.id) ? undefined : 'tie-absent-name'}>
              <NodeName node={node} fontSize={layout.nodeFontSize} />
            </g>
          ))}
        </g>
      </svg>
      <div className="visually-hidden">
        <h4 id={`${id}-list`}>{t('networkTime.tieList')}</h4>
        {ties.length === 0 ? (
          <p>{t('networkTime.noTies')}</p>
        ) : (
          <ul aria-labelledby={`${id}-list`}>
            {ties.map((tie) => (
              <li key={tieId(tie)}>{t('networkTime.tie.sentence', { a: nameOf(tie.a), b: nameOf(tie.b), how: formsOf(tie) })}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
