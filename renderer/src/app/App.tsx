import { Fragment } from 'react';
import { Icon } from '../components/Icon';
import { OnlineIndicator } from '../components/OnlineIndicator';
import { RecoveredNotice } from '../features/recording/RecoveredNotice';
import { hrefFor, useRoute } from './router';
import { NAV_ITEMS, type NavItem } from './screen-registry';
import { SCREEN_COMPONENTS } from './screens';
import { SettingsProvider } from './settings-context';
import { useNavCollapsed } from './use-nav-collapsed';

const GROUPS: ReadonlyArray<NavItem['group']> = ['Practise', 'Progress', 'You'];

function Sidebar({ current }: { current: string }) {
  const nav = useNavCollapsed();
  return (
    <aside className={nav.collapsed ? 'sidebar is-collapsed' : 'sidebar'} data-testid="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          iY
        </span>
        <span className="brand-name">IntervYou</span>
      </div>
      <button
        type="button"
        className="nav-toggle"
        aria-controls="main-nav"
        aria-expanded={!nav.collapsed}
        title={nav.collapsed ? 'Show menu labels' : 'Hide menu labels'}
        onClick={nav.toggle}
      >
        <Icon name="sidebar" size={18} />
        <span className="nav-label">{nav.collapsed ? 'Show menu labels' : 'Hide menu labels'}</span>
      </button>
      <nav aria-label="Main" id="main-nav">
        {GROUPS.map((group) => {
          const items = NAV_ITEMS.filter((item) => item.group === group);
          if (items.length === 0) return null;
          return (
            <Fragment key={group}>
              <div className="nav-group">
                <span className="nav-label">{group}</span>
              </div>
              <ul>
                {items.map((item) => (
                  <li key={item.id}>
                    <a
                      href={hrefFor(item.id)}
                      className={item.id === current ? 'nav-link is-active' : 'nav-link'}
                      aria-current={item.id === current ? 'page' : undefined}
                      title={nav.collapsed ? item.label : undefined}
                    >
                      <Icon name={item.icon} size={18} />
                      <span className="nav-label">{item.label}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </Fragment>
          );
        })}
      </nav>
      <div className="sidebar-footer">
        <OnlineIndicator />
      </div>
    </aside>
  );
}

function NotFound() {
  return (
    <div className="screen">
      <h1>Page not found</h1>
      <p>
        <a href={hrefFor('dashboard')}>Back to the dashboard</a>
      </p>
    </div>
  );
}

export function App() {
  const route = useRoute();
  const Screen = SCREEN_COMPONENTS[route.screen];
  return (
    <SettingsProvider>
      <div className="app">
        <a
          className="skip-link"
          href="#main"
          onClick={(e) => {
            // The router owns the URL's hash: move focus without navigating.
            e.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          Skip to content
        </a>
        <Sidebar current={route.screen} />
        <main className="content" id="main" tabIndex={-1}>
          <RecoveredNotice />
          {Screen ? <Screen params={route.params} /> : <NotFound />}
        </main>
      </div>
    </SettingsProvider>
  );
}
