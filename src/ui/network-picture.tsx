import { useId, useMemo, useRef } from 'react';
import { ACTOR_TYPES } from '../domain/actor-type.ts';
import type { Link } from '../domain/link.ts';
import { layoutNetwork, WIDE_VIEW, type NetworkEdge, type NetworkNode, type NetworkView } from '../domain/network-layout.ts';
import type { Organisation } from '../domain/organisation.ts';
import { useT } from './app-context.tsx';
import { useElementWidth } from './use-element-size.ts';
import './network-picture.css';

interface NetworkPictureProps {
  organisations: readonly Organisation[];
  links: readonly Link[];
  /** Shows the list of links under the picture (otherwise it is there for screen readers only). */
  isListVisible?: boolean;
  /** The organisation to pick out (the one writing now), or null. */
  highlightId?: string | null;
  className?: string;
  /**
   * 'wide': the projector's fixed 1600 × 860 picture in large type (it scales to the screen).
   * 'fit': as wide as its box, in the page's own type size (a tablet, the facilitator's laptop).
   */
  size?: 'wide' | 'fit';
}

/** Type sizes in CSS pixels for a picture that fits its box; narrower boxes still get room for the names. */
function fittedView(boxWidth: number): NetworkView {
  const width = Math.max(520, boxWidth || 760);
  return { width, height: Math.round(width * 0.66), nodeFontSize: 17, edgeFontSize: 14 };
}

/**
 * The network of strengthening links: organisations as circles in their actor type's colour, sized
 * by their number of links, links as labelled arrows. The picture is an image with a title and a
 * description; the links themselves are a list, read by screen readers (and shown when asked, or
 * whenever the arrows carry numbers). Laid out by `layoutNetwork`, so print can draw the same.
 */
export function NetworkPicture({ organisations, links, isListVisible = false, highlightId = null, className, size = 'fit' }: NetworkPictureProps) {
  const { t } = useT();
  const id = useId();
  const figureRef = useRef<HTMLElement>(null);
  const boxWidth = useElementWidth(figureRef);
  const layout = useMemo(() => layoutNetwork({ organisations, links }, size === 'wide' ? WIDE_VIEW : fittedView(boxWidth)), [organisations, links, size, boxWidth]);
  const nameOf = (orgId: string) => organisations.find((organisation) => organisation.id === orgId)?.name ?? '';
  const shownTypes = ACTOR_TYPES.filter((type) => organisations.some((organisation) => organisation.actorType === type.id));
  const isListShown = isListVisible || layout.hasNumberedEdges;

  if (organisations.length === 0) return <p className="empty">{t('collaboration.network.empty')}</p>;
  return (
    <figure ref={figureRef} className={`network-picture ${className ?? ''}`}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="network-svg"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{t('collaboration.network.title')}</title>
        <desc id={`${id}-desc`}>{t('collaboration.network.description', { organisations: t('collaboration.network.organisations', { count: organisations.length }), links: t('collaboration.network.links', { count: layout.edges.length }) })}</desc>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="network-arrowhead" />
          </marker>
        </defs>
        <g className="network-edges">
          {layout.edges.map((edge) => (
            <path key={edge.id} className="network-edge" d={edgePath(edge)} markerEnd={`url(#${id}-arrow)`} />
          ))}
        </g>
        <g className="network-nodes">
          {layout.nodes.map((node) => (
            <NodeShape key={node.id} node={node} isHighlighted={node.id === highlightId} fontSize={layout.nodeFontSize} />
          ))}
        </g>
        {/* Names last, so no circle or arrow ever hides one (they have a white outline of their own). */}
        <g className="network-node-labels">
          {layout.nodes.map((node) => (
            <NodeName key={node.id} node={node} fontSize={layout.nodeFontSize} />
          ))}
        </g>
        <g className="network-edge-labels" style={{ fontSize: layout.edgeFontSize }}>
          {layout.edges.map((edge) => (
            <g key={edge.id}>
              <rect x={edge.labelBox.x} y={edge.labelBox.y} width={edge.labelBox.width} height={edge.labelBox.height} rx={8} className="network-edge-label-box" />
              <text x={edge.labelX} y={edge.labelY} textAnchor="middle" dominantBaseline="central" className="network-edge-label">
                {edge.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption>
        {shownTypes.length > 0 ? (
          <ul className="network-legend" aria-label={t('collaboration.network.legend')}>
            {shownTypes.map((type) => (
              <li key={type.id}>
                <span className="network-legend-dot" aria-hidden="true" style={{ background: type.colour }} />
                {t(`actor.${type.id}`)}
              </li>
            ))}
          </ul>
        ) : null}
        {layout.hasNumberedEdges ? <p className="network-note">{t('collaboration.network.numbered')}</p> : null}
        <div className={isListShown ? 'network-list' : 'visually-hidden'}>
          <h3 id={`${id}-list`} className={isListShown ? undefined : 'visually-hidden'}>
            {t('collaboration.network.listTitle')}
          </h3>
          {links.length === 0 ? (
            <p className="empty">{t('collaboration.links.empty')}</p>
          ) : (
            <ol aria-labelledby={`${id}-list`}>
              {layout.edges.map((edge) => (
                <li key={edge.id}>{t('collaboration.link.sentence', { from: nameOf(edge.fromId), to: nameOf(edge.toId), text: links.find((link) => link.id === edge.id)?.text ?? '' })}</li>
              ))}
            </ol>
          )}
        </div>
      </figcaption>
    </figure>
  );
}

function NodeShape({ node, isHighlighted, fontSize }: { node: NetworkNode; isHighlighted: boolean; fontSize: number }) {
  return (
    <g className={isHighlighted ? 'network-node is-highlighted' : 'network-node'}>
      <circle cx={node.x} cy={node.y} r={node.r} fill={node.colour} />
      {node.linkCount > 0 ? (
        <text x={node.x} y={node.y} textAnchor="middle" dominantBaseline="central" className="network-node-count" style={{ fontSize: Math.min(fontSize, node.r) }}>
          {node.linkCount}
        </text>
      ) : null}
    </g>
  );
}

/** An organisation's name beside its circle, in at most two lines (shared with the network over time). */
export function NodeName({ node, fontSize }: { node: NetworkNode; fontSize: number }) {
  return (
    <text x={node.labelX} y={node.labelY} textAnchor={node.labelAnchor} className="network-node-label" style={{ fontSize }}>
      {node.labelLines.map((line, index) => (
        <tspan key={index} x={node.labelX} dy={index === 0 ? 0 : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function edgePath(edge: NetworkEdge): string {
  return `M ${edge.start.x} ${edge.start.y} Q ${edge.control.x} ${edge.control.y} ${edge.end.x} ${edge.end.y}`;
}
