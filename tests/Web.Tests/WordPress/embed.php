<?php
// Drives Debian's WordPress from php-cli against a private MariaDB, for RealWordPressTests.
//   php embed.php SOCKET install            creates the site's tables once
//   php embed.php SOCKET embed PORT URL     prints, as JSON, what a post holding URL on a line of its own renders
// WordPress refuses to fetch from loopback hosts and from ports other than 80, 443 and 8080; the two filters below
// let it reach the NewsTreaty test host, exactly as a site owner's plugin would for an intranet provider.
[, $socket, $mode] = $argv;
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:' . $socket);
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', 'http://wordpress.test');
define('WP_SITEURL', 'http://wordpress.test');
define('ABSPATH', '/usr/share/wordpress/');
define('WP_DEBUG', false);
$table_prefix = 'wp_';
$_SERVER['HTTP_HOST'] = 'wordpress.test';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
if ($mode === 'install') {
    define('WP_INSTALLING', true);
}
require ABSPATH . 'wp-settings.php';

if ($mode === 'install') {
    function wp_new_blog_notification() {} // pluggable: no mail from a test site
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    if (!is_blog_installed()) {
        wp_install('A newsroom', 'editor', 'editor@example.org', false, '', wp_generate_password(16));
    }
    echo json_encode(['installed' => is_blog_installed(), 'version' => $GLOBALS['wp_version']]);
    exit(0);
}

$port = (int) $argv[3];
$url = $argv[4];
add_filter('http_request_host_is_external', '__return_true');
add_filter('http_allowed_safe_ports', fn ($ports) => array_merge($ports, [$port]));

// A published post whose content is the pasted URL: the_content runs autoembed, as on the post's page.
$post_id = wp_insert_post(['post_title' => 'Embed', 'post_content' => "\n" . $url . "\n", 'post_status' => 'publish']);
$GLOBALS['post'] = get_post($post_id);
setup_postdata($GLOBALS['post']);
$content = apply_filters('the_content', $GLOBALS['post']->post_content);
echo json_encode([
    'version' => $GLOBALS['wp_version'],
    'discovered' => _wp_oembed_get_object()->discover($url),
    'content' => $content,
    'resizer' => wp_script_is('wp-embed', 'enqueued'),
]);
