package id.warta.channels.web;

import java.util.Locale;

import id.warta.channels.ChannelAccounts;
import id.warta.channels.ChannelFailure;
import id.warta.channels.internal.ChannelConnecting;
import id.warta.newsroom.Channel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's channel accounts: which are connected, and connecting, reconnecting or disconnecting one. */
@Controller
class ChannelAccountsController {

	static final String VIEW = "channels/accounts";

	private final ChannelAccounts accounts;
	private final ChannelConnecting connecting;

	ChannelAccountsController(ChannelAccounts accounts, ChannelConnecting connecting) {
		this.accounts = accounts;
		this.connecting = connecting;
	}

	@GetMapping("/kanal")
	String list(Model model) {
		model.addAttribute("accounts", accounts.statuses());
		model.addAttribute("connecting", connecting);
		return VIEW;
	}

	@PostMapping("/kanal/{channel}/hubungkan")
	String connect(@PathVariable String channel, RedirectAttributes redirect) {
		Channel chosen = channel(channel);
		if (!connecting.connectable(chosen) || chosen == Channel.TELEGRAM) {
			redirect.addFlashAttribute("error", "channel.connect.unsupported");
			return "redirect:/kanal";
		}
		return "redirect:" + connecting.start(chosen);
	}

	@GetMapping("/kanal/{channel}/kembali")
	String back(@PathVariable String channel, @RequestParam(required = false) String state,
			@RequestParam(required = false) String code, RedirectAttributes redirect) {
		try {
			connecting.finish(channel(channel), state, code);
			redirect.addFlashAttribute("success", "channel.connected");
		}
		catch (IllegalArgumentException refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		catch (ChannelFailure failure) {
			redirect.addFlashAttribute("error", "channel.connect.failed");
		}
		return "redirect:/kanal";
	}

	@PostMapping("/kanal/telegram")
	String telegram(@RequestParam(defaultValue = "") String botToken, @RequestParam(defaultValue = "") String chatId,
			RedirectAttributes redirect) {
		try {
			connecting.connectTelegram(botToken, chatId);
			redirect.addFlashAttribute("success", "channel.connected");
		}
		catch (IllegalArgumentException refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
			redirect.addFlashAttribute("chatId", chatId);
		}
		return "redirect:/kanal";
	}

	@PostMapping("/kanal/{channel}/putuskan")
	String disconnect(@PathVariable String channel, RedirectAttributes redirect) {
		connecting.disconnect(channel(channel));
		redirect.addFlashAttribute("success", "channel.disconnected");
		return "redirect:/kanal";
	}

	private static Channel channel(String name) {
		try {
			Channel channel = Channel.valueOf(name.toUpperCase(Locale.ROOT));
			if (channel == Channel.WEBSITE) {
				throw new IllegalArgumentException(name);
			}
			return channel;
		}
		catch (IllegalArgumentException unknown) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
	}
}
